package nl.wegwijs.portal.mymap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map as the browser keeps it: JSON {"v":1,"items":[{ring,name,id,note}]} in local storage, and
 * the same JSON in base64url after "#k=" in a share link. The fragment never reaches a server.
 */
final class MapCodec {

    static final int MAX_ITEMS = 60;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MapCodec() {}

    /** Reads what the browser sent; anything broken or foreign gives an empty map, never an error. */
    static List<MapItem> read(String json) {
        List<MapItem> items = new ArrayList<>();
        try {
            JsonNode list = JSON.readTree(json).path("items");
            for (JsonNode n : list) {
                if (items.size() >= MAX_ITEMS) break;
                MapItem item = new MapItem(n.path("ring").asString(""), n.path("name").asString(""),
                        n.path("id").isString() ? n.path("id").asString() : null, n.path("note").asString(""));
                if (!item.name().isEmpty()) items.add(item);
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return items;
    }

    static String write(List<MapItem> items) {
        List<Map<String, String>> out = items.stream().map(i -> {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            m.put("ring", i.ring());
            m.put("name", i.name());
            if (i.id() != null) m.put("id", i.id());
            if (!i.note().isEmpty()) m.put("note", i.note());
            return m;
        }).toList();
        return JSON.writeValueAsString(Map.of("v", 1, "items", out));
    }

    static String toLinkFragment(List<MapItem> items) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(write(items).getBytes(StandardCharsets.UTF_8));
    }

    static List<MapItem> fromLinkFragment(String fragment) {
        try {
            return read(new String(Base64.getUrlDecoder().decode(fragment.strip()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
