package nl.wegwijs.crawler.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Maps one schema.org node (JSON-LD or microdata shape) to a {@link Candidate}. */
final class SchemaOrgMapper {

    private SchemaOrgMapper() {}

    static Optional<Candidate> map(StructuredData.Node node, CategoryGuesser guesser, java.net.URI page) {
        Map<String, Object> d = node.data();
        String name = Text.clean(first(d, "name", "legalName", "alternateName"), Text.MAX_NAME);
        if (name == null) {
            return Optional.empty();
        }
        String description = Text.clean(first(d, "description", "disambiguatingDescription"), Text.MAX_DESCRIPTION);
        Set<String> phones = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        contacts(d, phones, emails);
        for (Object point : all(d.get("contactPoint"))) {
            if (point instanceof Map<?, ?> p) {
                contacts(cast(p), phones, emails);
            }
        }
        Candidate.PostalAddress address = address(d);
        String url = Text.absoluteUrl(first(d, "url", "@id"), page);
        List<String> categories = guesser.guess(name + " " + (description == null ? "" : description), "");
        return Optional.of(new Candidate(name, description, url, List.copyOf(phones), List.copyOf(emails), address,
                OpeningHours.of(d), Text.clean(first(d, "startDate"), 40), categories, node.type(), node.source()));
    }

    private static void contacts(Map<String, Object> d, Set<String> phones, Set<String> emails) {
        for (Object t : all(d.get("telephone"))) {
            if (t instanceof String s) {
                DutchPatterns.normalisePhone(s).ifPresent(phones::add);
            }
        }
        for (Object e : all(d.get("email"))) {
            if (e instanceof String s) {
                DutchPatterns.normaliseEmail(s).ifPresent(emails::add);
            }
        }
    }

    /** The node's own address, else its location's (Event → Place) or provider's (Service → Organization). */
    private static Candidate.@Nullable PostalAddress address(Map<String, Object> d) {
        for (String via : new String[] {"address", "location", "provider", "organizer", "serviceLocation"}) {
            for (Object value : all(d.get(via))) {
                Candidate.PostalAddress a = via.equals("address") ? postal(value) : viaOther(value);
                if (a != null && !a.isEmpty()) {
                    return a;
                }
            }
        }
        return null;
    }

    /** A Place or Organization's address; a plain-text location only counts when it holds a postcode. */
    private static Candidate.@Nullable PostalAddress viaOther(Object value) {
        if (value instanceof Map<?, ?> m) {
            return postal(cast(m).get("address"));
        }
        Candidate.PostalAddress text = postal(value);
        return text != null && text.postcode() != null ? text : null;
    }

    private static Candidate.@Nullable PostalAddress postal(@Nullable Object value) {
        if (value instanceof String s) {
            String text = Text.clean(s, 300);
            if (text == null) {
                return null;
            }
            var pp = DutchPatterns.postcodeWithPlace(text);
            return new Candidate.PostalAddress(text, pp.map(x -> x[0]).orElse(DutchPatterns.postcodes(text).stream().findFirst().orElse(null)),
                    pp.map(x -> x[1]).orElse(null), null);
        }
        if (value instanceof Map<?, ?> raw) {
            Map<String, Object> a = cast(raw);
            String postcode = first(a, "postalCode");
            return new Candidate.PostalAddress(Text.clean(first(a, "streetAddress"), 200),
                    postcode == null ? null : DutchPatterns.normalisePostcode(postcode).orElse(Text.clean(postcode, 20)),
                    Text.clean(first(a, "addressLocality"), 100), Text.clean(first(a, "addressRegion"), 100));
        }
        return null;
    }

    static @Nullable String first(Map<String, Object> d, String... keys) {
        for (String key : keys) {
            for (Object v : all(d.get(key))) {
                if (v instanceof String s && !s.isBlank()) {
                    return s;
                }
                if (v instanceof Map<?, ?> m && m.get("@value") instanceof String s && !s.isBlank()) {
                    return s; // JSON-LD value object: {"@value": "…", "@language": "nl"}
                }
            }
        }
        return null;
    }

    static List<Object> all(@Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
