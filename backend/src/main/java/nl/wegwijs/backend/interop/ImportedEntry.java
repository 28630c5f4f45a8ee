package nl.wegwijs.backend.interop;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wegwijs.backend.catalogue.AccessRoute;
import nl.wegwijs.backend.catalogue.ForWhom;
import nl.wegwijs.backend.catalogue.Funding;
import nl.wegwijs.backend.catalogue.Kind;
import nl.wegwijs.backend.catalogue.Setting;
import nl.wegwijs.backend.catalogue.SourceReference;
import org.jspecify.annotations.Nullable;

/** One record of an import file (HSDS or CSV), read and checked, ready to become an entry. */
record ImportedEntry(
        String id,
        String name,
        Kind kind,
        boolean published,
        @Nullable String summary,
        @Nullable String summaryEn,
        @Nullable String description,
        @Nullable String audience,
        @Nullable String region,
        @Nullable String url,
        @Nullable String email,
        @Nullable String phone,
        @Nullable Integer ageMin,
        @Nullable Integer ageMax,
        @Nullable LocalDate lastVerifiedOn,
        @Nullable String waitingTime,
        List<String> categories,
        List<Funding> funding,
        Set<ForWhom> forWhom,
        Set<AccessRoute> access,
        Set<Setting> settings,
        List<String> targetConditions,
        List<SourceReference> sources,
        List<Place> places,
        List<Person> contacts,
        @Nullable Org organisation) {

    record Place(@Nullable String name, @Nullable String address, @Nullable String postcode, @Nullable String city,
            @Nullable String municipality, @Nullable Double latitude, @Nullable Double longitude) {}

    record Person(@Nullable String name, @Nullable String title, @Nullable String phone, @Nullable String email) {}

    record Org(String id, String name, @Nullable String description, @Nullable String website, @Nullable String email,
            @Nullable String phone) {}
}
