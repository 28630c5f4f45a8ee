package nl.wegwijs.crawler.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One provision found on a page, before the crawler stamps it with page and time.
 *
 * @param schemaType the schema.org type, or "WebPage" for an entry read from page text
 * @param source where the fields came from
 * @param categories guessed category keys from the Wegwijs taxonomy (guesses, never editorial truth)
 */
public record Candidate(
        String name,
        @Nullable String description,
        @Nullable String url,
        List<String> phones,
        List<String> emails,
        @Nullable PostalAddress address,
        List<String> openingHours,
        @Nullable String startDate,
        List<String> categories,
        String schemaType,
        Source source) {

    /** Where a candidate's fields were read from. */
    public enum Source { JSON_LD, MICRODATA, PAGE_TEXT }

    /** A postal address; any part may be missing. */
    public record PostalAddress(@Nullable String street, @Nullable String postcode, @Nullable String place,
            @Nullable String municipality) {

        public boolean isEmpty() {
            return street == null && postcode == null && place == null && municipality == null;
        }
    }

    public Candidate {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        openingHours = List.copyOf(openingHours);
        categories = List.copyOf(categories);
    }
}
