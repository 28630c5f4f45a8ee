package nl.wegwijs.backend.editorial;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.backend.catalogue.Availability;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.Eligibility;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.backend.catalogue.Funding;
import nl.wegwijs.backend.catalogue.Kind;
import nl.wegwijs.backend.catalogue.ProgrammeLifecycle;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public page of a draft that is not saved: the stored entry (when there is one) with the form's values
 * laid over it, so facts the form does not edit (access, settings, sources) show as parents will see them.
 * Nothing is written.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('EDITOR')")
public class DraftPreview {

    private final CatalogueService catalogue;
    private final Clock clock;

    DraftPreview(CatalogueService catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** @param entryId null for an entry that was never saved */
    public EntryDetails of(@Nullable String entryId, Map<String, @Nullable String> values) {
        Optional<EntryDetails> stored = entryId == null ? Optional.empty() : catalogue.details(entryId);
        return overlay(stored.orElseGet(() -> empty(entryId == null ? "" : entryId)), values);
    }

    static EntryDetails overlay(EntryDetails s, Map<String, @Nullable String> v) {
        String kind = java.util.Objects.requireNonNullElse(text(v, "kind", s.kind()), s.kind());
        try {
            kind = Kind.fromCode(kind).code();
        } catch (IllegalArgumentException e) {
            kind = s.kind();
        }
        List<EntryDetails.Place> places = place(v, s.places());
        return new EntryDetails(s.id(), java.util.Objects.requireNonNullElse(text(v, "name", s.name()), ""), kind, s.status(), text(v, "summary", s.summary()),
                s.summaryEn(), text(v, "description", s.description()), text(v, "audience", s.audience()),
                text(v, "region", s.region()), text(v, "url", s.url()), text(v, "email", s.email()), text(v, "phone", s.phone()),
                s.organisationId(),
                v.containsKey("categories") ? EntryFields.categories(v.get("categories")).stream().sorted().toList() : s.categories(),
                v.containsKey("funding") ? EntryFields.funding(v.get("funding")) : s.funding(),
                v.containsKey("forWhom") ? EntryFields.codes(v.get("forWhom")) : s.forWhom(), s.access(), s.settings(),
                v.containsKey("targetConditions") ? EntryFields.codes(v.get("targetConditions")) : s.targetConditions(),
                new Eligibility(age(v, "ageMin", s.eligibility().ageMin()), age(v, "ageMax", s.eligibility().ageMax()),
                        s.eligibility().referralNeeded()),
                s.availability(), s.lifecycle(), places, s.sources(), s.source(), s.lastVerifiedOn(), s.updatedAt(), s.version());
    }

    private EntryDetails empty(String id) {
        return new EntryDetails(id, "", "provision", "DRAFT", null, null, null, null, null, null, null, null, null,
                List.of(), List.<Funding>of(), List.of(), List.of(), List.of(), List.of(), Eligibility.UNKNOWN,
                Availability.UNKNOWN, ProgrammeLifecycle.UNKNOWN, List.of(), List.of(), "editor", null, clock.instant(), 0);
    }

    /** The form edits the first place only; the others stay as stored. */
    private static List<EntryDetails.Place> place(Map<String, @Nullable String> v, List<EntryDetails.Place> stored) {
        if (!v.containsKey("city") && !v.containsKey("municipality") && !v.containsKey("postcode")) return stored;
        EntryDetails.Place first = new EntryDetails.Place(text(v, "city", null), text(v, "municipality", null),
                text(v, "postcode", null), number(v.get("latitude")), number(v.get("longitude")));
        boolean none = first.city() == null && first.municipality() == null && first.postcode() == null;
        List<EntryDetails.Place> rest = stored.isEmpty() ? List.of() : stored.subList(1, stored.size());
        if (none) return rest;
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private static @Nullable String text(Map<String, @Nullable String> v, String field, @Nullable String stored) {
        return v.containsKey(field) ? EntryWriter.blankToNull(v.get(field)) : stored;
    }

    private static @Nullable Integer age(Map<String, @Nullable String> v, String field, @Nullable Integer stored) {
        if (!v.containsKey(field)) return stored;
        String t = EntryWriter.blankToNull(v.get(field));
        return t == null || !t.matches("\\d{1,3}") ? null : Integer.valueOf(t);
    }

    private static @Nullable Double number(@Nullable String t) {
        try {
            return t == null || t.isBlank() ? null : Double.valueOf(t.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
