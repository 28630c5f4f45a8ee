package nl.wegwijs.backend.socialmap;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijs.backend.catalogue.EntryDetails;
import org.jspecify.annotations.Nullable;

/** One line of the social map, flat enough for a table, a CSV file and a printed referral list. */
public record SocialMapRow(String id, String name, String kind, String place, String ages, String funding,
        String forWhom, String phone, String email, String website, @Nullable LocalDate lastVerifiedOn) {

    /** The columns a table can sort on, with how they compare (unverified entries last). */
    public enum Column {
        NAME(Comparator.comparing(r -> r.name().toLowerCase(java.util.Locale.ROOT))),
        KIND(Comparator.comparing(SocialMapRow::kind)),
        PLACE(Comparator.comparing(SocialMapRow::place)),
        FUNDING(Comparator.comparing(SocialMapRow::funding)),
        LAST_VERIFIED(Comparator.comparing(SocialMapRow::lastVerifiedOn, Comparator.nullsFirst(Comparator.naturalOrder())));

        final Comparator<SocialMapRow> order;

        Column(Comparator<SocialMapRow> order) {
            this.order = order;
        }
    }

    static SocialMapRow of(EntryDetails e) {
        String place = e.places().stream().map(p -> p.city() != null ? p.city() : p.municipality())
                .filter(s -> s != null && !s.isBlank()).distinct().collect(Collectors.joining(", "));
        Integer min = e.eligibility().ageMin();
        Integer max = e.eligibility().ageMax();
        String ages = min == null && max == null ? "" : (min == null ? 0 : min) + "–" + (max == null ? "" : max);
        return new SocialMapRow(e.id(), e.name(), e.kind(), place.isEmpty() ? nonNull(e.region()) : place, ages,
                e.funding().stream().map(f -> f.route().code()).distinct().collect(Collectors.joining(", ")),
                String.join(", ", e.forWhom()), nonNull(e.phone()), nonNull(e.email()), nonNull(e.url()),
                e.lastVerifiedOn());
    }

    List<String> csvCells() {
        return Stream.of(name, kind, place, ages, funding, forWhom, phone, email, website,
                lastVerifiedOn == null ? "" : lastVerifiedOn.toString(), id).toList();
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }
}
