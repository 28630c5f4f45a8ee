package nl.wegwijs.backend.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The public view of one entry, as the API and the portal show it. */
public record EntryDetails(
        String id,
        String name,
        String kind,
        String status,
        @Nullable String summary,
        @Nullable String summaryEn,
        @Nullable String description,
        @Nullable String audience,
        @Nullable String region,
        @Nullable String url,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String organisationId,
        List<String> categories,
        List<Funding> funding,
        List<String> forWhom,
        List<String> access,
        List<String> settings,
        List<String> targetConditions,
        Eligibility eligibility,
        Availability availability,
        ProgrammeLifecycle lifecycle,
        List<Place> places,
        List<SourceReference> sources,
        String source,
        @Nullable LocalDate lastVerifiedOn,
        Instant updatedAt,
        long version) {

    /** Where an entry is offered. */
    public record Place(@Nullable String city, @Nullable String municipality, @Nullable String postcode,
            @Nullable Double latitude, @Nullable Double longitude) {}

    static EntryDetails of(Entry e) {
        return new EntryDetails(e.getId(), e.getName(), e.getKind().code(), e.getStatus().name(),
                e.getSummary(), e.getSummaryEn(), e.getDescription(), e.getAudience(), e.getRegion(),
                e.getUrl(), e.getEmail(), e.getPhone(),
                e.getOrganisation() == null ? null : e.getOrganisation().getId(),
                e.getCategories().stream().map(TaxonomyTerm::getName).sorted().toList(),
                List.copyOf(e.getFunding()),
                e.getForWhom().stream().map(Enum::name).map(String::toLowerCase).toList(),
                e.getAccessRoutes().stream().map(Enum::name).map(String::toLowerCase).toList(),
                e.getSettings().stream().map(Enum::name).map(String::toLowerCase).toList(),
                List.copyOf(e.getTargetConditions()),
                e.getEligibility(), e.getAvailability(), e.getLifecycle(),
                e.getLocations().stream().map(l -> new Place(l.getCity(), l.getMunicipality(), l.getPostcode(),
                        l.getLatitude(), l.getLongitude())).toList(),
                List.copyOf(e.getSourceReferences()),
                e.getSource(), e.getLastVerifiedOn(), e.getUpdatedAt(), e.getVersion());
    }
}
