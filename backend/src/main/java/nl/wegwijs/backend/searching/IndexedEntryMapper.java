package nl.wegwijs.backend.searching;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijs.backend.catalogue.Entry;
import nl.wegwijs.backend.catalogue.Funding;
import nl.wegwijs.backend.catalogue.Location;
import nl.wegwijs.backend.catalogue.TaxonomyTerm;
import nl.wegwijs.index.IndexedEntry;

/** Flattens an entry into the document the index needs; must run inside the transaction that loaded it. */
final class IndexedEntryMapper {

    private IndexedEntryMapper() {}

    static IndexedEntry toIndexed(Entry e) {
        Location first = e.getLocations().isEmpty() ? null : e.getLocations().getFirst();
        String body = Stream.of(e.getDescription(), e.getAudience(), e.getOrganisation() == null ? null : e.getOrganisation().getName())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
        return new IndexedEntry(
                e.getId(),
                e.getName(),
                e.getKind().code(),
                e.getCategories().stream().map(TaxonomyTerm::getName).sorted().toList(),
                e.getRegion() == null ? "" : e.getRegion(),
                e.getLocations().stream().map(Location::getMunicipality).filter(m -> m != null).distinct().toList(),
                e.getAudience() == null ? "" : e.getAudience(),
                e.getFunding().stream().map(Funding::route).map(r -> r.code()).distinct().toList(),
                e.getSummary() == null ? "" : e.getSummary(),
                body,
                codes(e.getForWhom().stream().map(Enum::name).toList()),
                codes(e.getAccessRoutes().stream().map(Enum::name).toList()),
                codes(e.getSettings().stream().map(Enum::name).toList()),
                List.copyOf(e.getTargetConditions()),
                e.getEligibility().ageMin(),
                e.getEligibility().ageMax(),
                first == null ? null : first.getLatitude(),
                first == null ? null : first.getLongitude(),
                e.getUpdatedAt().toEpochMilli());
    }

    /** Enum names to the index's codes: VRIJ_TOEGANKELIJK becomes vrij-toegankelijk. */
    private static List<String> codes(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }
}
