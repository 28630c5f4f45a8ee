package nl.wegwijs.backend.crawlreview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.Entry;
import nl.wegwijs.backend.catalogue.Location;
import nl.wegwijs.backend.catalogue.TaxonomyTerm;
import nl.wegwijs.crawler.Normalisation;
import org.jspecify.annotations.Nullable;

/**
 * The published catalogue as a run sees it, taken once at the run's start: per entry its comparable fields, and
 * look-ups by normalised URL key, phone (E.164) and postcode. A few thousand entries fit easily in memory.
 */
final class CatalogueSnapshot {

    /** One published entry, reduced to what matching and field comparison need. */
    record Candidate(String id, String name, @Nullable String urlKey, Set<String> phones, Set<String> emails,
            Set<String> postcodes, Map<String, @Nullable String> fields) {}

    private final List<Candidate> all = new ArrayList<>();
    private final Map<String, List<Candidate>> byUrl = new HashMap<>();
    private final Map<String, List<Candidate>> byPhone = new HashMap<>();
    private final Map<String, List<Candidate>> byPostcode = new HashMap<>();

    static CatalogueSnapshot of(CatalogueService catalogue) {
        CatalogueSnapshot snapshot = new CatalogueSnapshot();
        catalogue.forEachPublished(200, entry -> snapshot.add(candidate(entry)));
        return snapshot;
    }

    static CatalogueSnapshot of(List<Candidate> candidates) {
        CatalogueSnapshot snapshot = new CatalogueSnapshot();
        candidates.forEach(snapshot::add);
        return snapshot;
    }

    int size() {
        return all.size();
    }

    List<Candidate> byUrlKey(@Nullable String key) {
        return key == null ? List.of() : byUrl.getOrDefault(key, List.of());
    }

    List<Candidate> byPhone(String e164) {
        return byPhone.getOrDefault(e164, List.of());
    }

    List<Candidate> byPostcode(String postcode) {
        return byPostcode.getOrDefault(postcode, List.of());
    }

    private void add(Candidate c) {
        all.add(c);
        if (c.urlKey() != null) byUrl.computeIfAbsent(c.urlKey(), k -> new ArrayList<>()).add(c);
        c.phones().forEach(p -> byPhone.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
        c.postcodes().forEach(p -> byPostcode.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
    }

    private static Candidate candidate(Entry e) {
        Set<String> phones = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        addPhone(phones, e.getPhone());
        addEmail(emails, e.getEmail());
        e.getContacts().forEach(c -> {
            addPhone(phones, c.getPhone());
            addEmail(emails, c.getEmail());
        });
        Set<String> postcodes = e.getLocations().stream().map(Location::getPostcode)
                .filter(p -> p != null).flatMap(p -> Normalisation.postcode(p).stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Location place = e.getLocations().isEmpty() ? null : e.getLocations().getFirst();
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("name", e.getName());
        fields.put("summary", e.getSummary());
        fields.put("description", e.getDescription());
        fields.put("url", e.getUrl());
        fields.put("email", e.getEmail());
        fields.put("phone", e.getPhone());
        fields.put("address", place == null ? null : place.getAddressLine());
        fields.put("postcode", place == null ? null : place.getPostcode());
        fields.put("city", place == null ? null : place.getCity());
        fields.put("municipality", place == null ? null : place.getMunicipality());
        String categories = e.getCategories().stream().map(TaxonomyTerm::getName).sorted().collect(Collectors.joining(", "));
        fields.put("categories", categories.isEmpty() ? null : categories);
        String urlKey = e.getUrl() == null ? null : Normalisation.urlKey(e.getUrl()).orElse(null);
        return new Candidate(e.getId(), e.getName(), urlKey, phones, emails, postcodes, fields);
    }

    private static void addPhone(Set<String> phones, @Nullable String raw) {
        if (raw != null) Normalisation.phone(raw).ifPresent(phones::add);
    }

    private static void addEmail(Set<String> emails, @Nullable String raw) {
        if (raw != null) Normalisation.email(raw).ifPresent(emails::add);
    }
}
