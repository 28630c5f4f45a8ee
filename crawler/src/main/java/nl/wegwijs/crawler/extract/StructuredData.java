package nl.wegwijs.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds schema.org nodes that describe provisions, in JSON-LD blocks and microdata. A provision nested in another
 * (an Event's organizer, a Service's provider) is read as part of its parent, not as an entry of its own; one
 * nested in a non-provision ({@code WebPage.mainEntity}, {@code ItemList}, {@code @graph}) is an entry.
 */
final class StructuredData {

    /** A provision node and the syntax it came from. */
    record Node(Map<String, Object> data, String type, Candidate.Source source) {}

    private static final int MAX_NODES = 200;

    private StructuredData() {}

    static List<Node> entries(Document doc) {
        List<Node> found = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                walk(Json.parse(script.data()), Candidate.Source.JSON_LD, found, 0);
            } catch (RuntimeException malformed) {
                // Broken JSON-LD is common (CMS templates with trailing commas); the page text fallback still runs.
            }
        }
        for (Map<String, Object> item : Microdata.items(doc)) {
            walk(item, Candidate.Source.MICRODATA, found, 0);
        }
        return found;
    }

    private static void walk(Object value, Candidate.Source source, List<Node> found, int depth) {
        if (depth > 16 || found.size() >= MAX_NODES) {
            return;
        }
        if (value instanceof List<?> list) {
            for (Object o : list) {
                walk(o, source, found, depth + 1);
            }
        } else if (value instanceof Map<?, ?> raw) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) raw;
            var type = SchemaTypes.entryType(map);
            if (type.isPresent()) {
                found.add(new Node(map, type.get(), source));
                return;
            }
            for (Object child : map.values()) {
                walk(child, source, found, depth + 1);
            }
        }
    }
}
