package nl.wegwijs.portal.socialmap;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.socialmap.SocialMapFilter;

/** The social map's filter in the URL (?place=Tiel&radiusKm=20&funding=jeugdwet&age=8&for=ouder), and back. */
final class SocialMapState {

    private SocialMapState() {}

    static SocialMapFilter from(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        Integer age = null;
        try {
            String a = first(p, "age");
            age = a.isBlank() ? null : Integer.valueOf(a.strip());
            if (age != null && (age < 0 || age > 120)) age = null;
        } catch (NumberFormatException e) {
            age = null;
        }
        double radius;
        try {
            radius = Double.parseDouble(first(p, "radiusKm"));
        } catch (NumberFormatException e) {
            radius = SocialMapFilter.DEFAULT_RADIUS_KM;
        }
        return new SocialMapFilter(first(p, "q"), first(p, "place"), radius, p.getOrDefault("funding", List.of()),
                age, p.getOrDefault("for", List.of()), p.getOrDefault("kind", List.of()));
    }

    static QueryParameters toQuery(SocialMapFilter f) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        if (!f.text().isEmpty()) q.put("q", List.of(f.text()));
        if (f.place() != null) {
            q.put("place", List.of(f.place()));
            q.put("radiusKm", List.of(Integer.toString((int) f.radiusKm())));
        }
        if (!f.funding().isEmpty()) q.put("funding", f.funding());
        if (f.age() != null) q.put("age", List.of(f.age().toString()));
        if (!f.forWhom().isEmpty()) q.put("for", f.forWhom());
        if (!f.kinds().isEmpty()) q.put("kind", f.kinds());
        return new QueryParameters(q);
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() || v.getFirst() == null ? "" : v.getFirst();
    }
}
