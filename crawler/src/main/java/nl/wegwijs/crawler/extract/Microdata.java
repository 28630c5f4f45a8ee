package nl.wegwijs.crawler.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads HTML microdata (WHATWG HTML §5.2) into the same map shape JSON-LD gives: {@code @type} plus properties,
 * nested items as nested maps, repeated properties as lists.
 */
final class Microdata {

    private Microdata() {}

    static List<Map<String, Object>> items(Document doc) {
        List<Map<String, Object>> items = new ArrayList<>();
        // Top-level items are those that are not themselves the value of a property (§5.2.4).
        for (Element e : doc.select("[itemscope]:not([itemprop])")) {
            items.add(item(e, 0));
        }
        return items;
    }

    private static Map<String, Object> item(Element scope, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        String type = scope.attr("itemtype").strip();
        if (!type.isEmpty()) {
            map.put("@type", type.split("\\s+")[0]);
        }
        if (depth < 8) {
            collect(scope, map, depth);
        }
        return map;
    }

    private static void collect(Element parent, Map<String, Object> map, int depth) {
        for (Element child : parent.children()) {
            if (child.hasAttr("itemprop")) {
                Object value = child.hasAttr("itemscope") ? item(child, depth + 1) : value(child);
                for (String name : child.attr("itemprop").strip().split("\\s+")) {
                    add(map, name, value);
                }
            }
            if (!child.hasAttr("itemscope")) {
                collect(child, map, depth);
            }
        }
    }

    /** Property values per element, as §5.2.4 defines them. */
    private static String value(Element e) {
        return switch (e.normalName()) {
            case "meta" -> e.attr("content");
            case "a", "area", "link" -> e.absUrl("href");
            case "img", "audio", "video", "source", "iframe", "embed" -> e.absUrl("src");
            case "object" -> e.absUrl("data");
            case "time" -> e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            case "data", "meter" -> e.attr("value");
            default -> e.hasAttr("content") ? e.attr("content") : e.text();
        };
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> map, String name, Object value) {
        Object existing = map.get(name);
        if (existing == null) {
            map.put(name, value);
        } else if (existing instanceof List<?> list) {
            ((List<Object>) list).add(value);
        } else {
            List<Object> list = new ArrayList<>();
            list.add(existing);
            list.add(value);
            map.put(name, list);
        }
    }
}
