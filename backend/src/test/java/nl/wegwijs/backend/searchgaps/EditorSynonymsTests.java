package nl.wegwijs.backend.searchgaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.searching.SearchService;
import nl.wegwijs.backend.searching.ZeroResultCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A synonym an editor adds for a search that found nothing works in the public search API at once,
 * stops when the gap is reopened, and is loaded again from PostgreSQL after a restart. Real HTTP,
 * real (embedded) PostgreSQL and index; the same context as SearchApiTests.
 */
@SpringBootTest(classes = BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "anna", roles = "EDITOR")
class EditorSynonymsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired SearchGaps gaps;
    @Autowired ZeroResultCounter counter;
    @Autowired SearchService search;
    @Autowired EditorSynonyms editorSynonyms;

    @Test
    void an_added_synonym_finds_results_in_the_api_at_once_and_no_longer_after_reopening() throws Exception {
        assertThat(apiSearch("gnurpelhulp").get("total").asLong()).isZero();
        counter.flush();
        assertThat(gap("gnurpelhulp").hitsNow()).isZero();

        gaps.proposeSynonym("gnurpelhulp", "Linawijs");

        JsonNode found = apiSearch("gnurpelhulp");
        assertThat(found.get("total").asLong()).isPositive();
        assertThat(found.get("hits").get(0).get("id").asString()).isEqualTo("linawijs");
        assertThat(found.get("expansions").toString()).as("how the search was understood").contains("Linawijs");
        assertThat(gap("gnurpelhulp").hitsNow()).as("the screen's 'finds N results now'").isPositive();

        gaps.finish("gnurpelhulp");
        assertThat(apiSearch("gnurpelhulp").get("total").asLong()).as("done keeps it").isPositive();

        gaps.reopen("gnurpelhulp");
        assertThat(apiSearch("gnurpelhulp").get("total").asLong()).isZero();
        assertThat(gap("gnurpelhulp").hitsNow()).isZero();
    }

    @Test
    void stored_synonyms_are_loaded_again_at_start() throws Exception {
        counter.record("snorfelzorg");
        counter.flush();
        gaps.proposeSynonym("snorfelzorg", "Linawijs");
        assertThat(apiSearch("snorfelzorg").get("total").asLong()).isPositive();

        // A restarted application's index knows only synonyms.txt until the stored synonyms are loaded.
        search.useEditorSynonyms(List.of());
        assertThat(apiSearch("snorfelzorg").get("total").asLong()).isZero();
        editorSynonyms.atStart();

        assertThat(apiSearch("snorfelzorg").get("hits").get(0).get("id").asString()).isEqualTo("linawijs");
    }

    @Test
    void a_synonym_that_would_do_nothing_is_refused_and_changes_nothing() {
        counter.record("wobbelzorg");
        counter.flush();
        assertThatThrownBy(() -> gaps.proposeSynonym("wobbelzorg", "de, het"))
                .isInstanceOfSatisfying(SearchGapException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("editor.gaps.error.synonym.ONLY_SMALL_WORDS"));
        String many = String.join(", ", java.util.Collections.nCopies(25, "pgb"));
        assertThatThrownBy(() -> gaps.proposeSynonym("wobbelzorg", many))
                .isInstanceOfSatisfying(SearchGapException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("editor.gaps.error.synonym.TOO_MANY"));
        assertThatThrownBy(() -> gaps.proposeSynonym("wobbelzorg", "Wobbelzorg"))
                .isInstanceOfSatisfying(SearchGapException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("editor.gaps.error.synonym.ONE_WORD"));
        assertThat(gap("wobbelzorg").status()).isEqualTo(SearchGapStatus.OPEN);
    }

    private JsonNode apiSearch(String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/search?q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8))).header("Accept-Language", "nl").build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private SearchGap gap(String query) {
        return gaps.page(PageRequest.of(0, 500)).stream().filter(g -> g.query().equals(query)).findFirst().orElseThrow();
    }
}
