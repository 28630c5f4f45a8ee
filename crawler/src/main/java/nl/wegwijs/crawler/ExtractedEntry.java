package nl.wegwijs.crawler;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A provision proposed by the crawler, for editorial review. Text is plain (markup removed), phones are E.164,
 * e-mails lower case, postcodes "1234 AB" (see {@link Normalisation}).
 *
 * @param url the provision's own URL (schema.org {@code url}), else the page it was found on
 * @param openingHours readable lines such as "Monday,Tuesday 09:00-17:00"; empty when the page gives none
 * @param startDate for events, the schema.org startDate as written
 * @param guessedCategories Wegwijs category keys guessed from the vocabulary: guesses for an editor, not facts
 * @param schemaType schema.org type, or "WebPage" when read from page text
 * @param source JSON_LD, MICRODATA or PAGE_TEXT
 * @param sourcePage the page the entry was read from
 */
public record ExtractedEntry(
        String name,
        @Nullable String description,
        @Nullable String url,
        List<String> phones,
        List<String> emails,
        @Nullable Address address,
        List<String> openingHours,
        @Nullable String startDate,
        List<String> guessedCategories,
        String schemaType,
        String source,
        URI sourcePage,
        Instant fetchedAt) {

    /** A postal address; any part may be missing. */
    public record Address(@Nullable String street, @Nullable String postcode, @Nullable String place,
            @Nullable String municipality) {}

    public ExtractedEntry {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        openingHours = List.copyOf(openingHours);
        guessedCategories = List.copyOf(guessedCategories);
    }
}
