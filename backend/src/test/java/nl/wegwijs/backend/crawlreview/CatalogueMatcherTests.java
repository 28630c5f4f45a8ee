package nl.wegwijs.backend.crawlreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.backend.crawlreview.CatalogueSnapshot.Candidate;
import nl.wegwijs.crawler.ExtractedEntry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which catalogue entry a crawled entry is about, and which of its fields a proposal carries. */
class CatalogueMatcherTests {

    private static final CatalogueSnapshot CATALOGUE = CatalogueSnapshot.of(List.of(
            candidate("vlinder", "Logeerhuis De Vlinder", "vlinder.nl/logeren", "+31101234567", "3011 AB"),
            candidate("hoeve", "Zorgboerderij De Hoeve", null, "+31318123456", "6711 AA"),
            candidate("mee-a", "MEE Oost", null, "+31900123456", null),
            candidate("mee-b", "MEE West", null, "+31900123456", null)));

    private static final CatalogueMatcher MATCHER = new CatalogueMatcher(CATALOGUE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            same url, other spelling              | Logeerhuis De Vlinder | https://www.vlinder.nl/logeren/ | -             | -       | vlinder | URL
            same phone                            | Over ons              | https://elders.nl/over          | 010 123 45 67 | -       | vlinder | PHONE
            shared phone, similar name            | MEE West Nederland    | https://mee.nl/west             | 0900-123456   | -       | mee-b   | PHONE
            shared phone, other name              | Gezinscoach           | https://mee.nl/coach            | 0900-123456   | -       | -       | -
            postcode and similar name             | Zorgboerderij Hoeve   | https://hoeve.example/          | -             | 6711 AA | hoeve   | POSTCODE_AND_NAME
            postcode but another name             | Bakkerij Jansen       | https://bakker.example/         | -             | 6711 AA | -       | -
            nothing in common                     | Kinderthuiszorg Anker | https://anker.example/          | 030-2345678   | 3511 AB | -       | -
            """)
    void entries_match_on_url_phone_or_postcode_with_a_similar_name(String why, String name, String url,
            @Nullable String phone, @Nullable String postcode, @Nullable String entryId, @Nullable String rule) {
        var match = MATCHER.match(found(name, url, url, phone, postcode, "JSON_LD"));
        assertThat(match.map(m -> m.entry().id()).orElse(null)).as(why).isEqualTo(entryId);
        assertThat(match.map(m -> m.rule().name()).orElse(null)).as(why).isEqualTo(rule);
    }

    @Test
    void a_page_url_shared_by_an_unrelated_provision_is_no_match() {
        var onSamePage = found("Broer en zus groep", "https://vlinder.nl/logeren", "https://vlinder.nl/logeren", null, null, "JSON_LD");
        assertThat(MATCHER.match(onSamePage)).isEmpty();
    }

    @Test
    void a_change_proposal_carries_only_the_fields_that_differ() {
        Candidate vlinder = CATALOGUE.byPhone("+31101234567").getFirst();
        var found = found("Logeerhuis De Vlinder", "https://vlinder.nl/logeren", "https://vlinder.nl/", "010-7654321",
                "3011 AB", "JSON_LD");

        Map<String, String> fields = ProposalFields.changes(found, vlinder);

        assertThat(fields).containsEntry("phone", "+31107654321").doesNotContainKeys("name", "url", "postcode", "summary");
        assertThat(fields).containsEntry("categories", "respijt"); // the entry has none yet; the note calls it a guess
    }

    @Test
    void a_new_entry_proposal_carries_everything_found() {
        var found = found("Kinderthuiszorg Het Anker", "https://anker.example/", "https://anker.example/", "030-2345678",
                "3511 AB", "JSON_LD");

        assertThat(ProposalFields.forNewEntry(found)).containsEntry("name", "Kinderthuiszorg Het Anker")
                .containsEntry("kind", "provision").containsEntry("phone", "+31302345678").containsEntry("postcode", "3511 AB")
                .containsEntry("city", "Utrecht").containsEntry("categories", "respijt");
        assertThat(ProposalWriter.note(found, null, ProposalFields.forNewEntry(found))).contains("gissingen");
    }

    private static Candidate candidate(String id, String name, @Nullable String urlKey, String phone, @Nullable String postcode) {
        Map<String, @Nullable String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("summary", "Tekst van de redactie");
        fields.put("url", urlKey == null ? null : "https://" + urlKey);
        fields.put("phone", phone);
        fields.put("postcode", postcode);
        fields.put("city", postcode == null ? null : "Rotterdam");
        return new Candidate(id, name, urlKey, Set.of(phone), Set.of(), postcode == null ? Set.of() : Set.of(postcode), fields);
    }

    private static ExtractedEntry found(String name, String url, String page, @Nullable String phone, @Nullable String postcode,
            String source) {
        List<String> phones = phone == null ? List.of() : nl.wegwijs.crawler.Normalisation.phone(phone).stream().toList();
        return new ExtractedEntry(name, "Beschrijving", url, phones, List.of(),
                postcode == null ? null : new ExtractedEntry.Address(null, postcode, "Utrecht", null), List.of(), null,
                List.of("respijt"), "LocalBusiness", source, URI.create(page), Instant.now());
    }
}
