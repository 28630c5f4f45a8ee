package nl.wegwijs.backend.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.searching.SearchService;
import nl.wegwijs.index.FacetCount;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.relevance.Judged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search body written by SearchResponseConverter is exactly what the application's JsonMapper
 * writes for the SearchResponse record, so the API's JSON did not change; and it goes out with a
 * Content-Length instead of chunked. Same context as SearchApiTests.
 */
@SpringBootTest(classes = BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchResponseConverterTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SearchService search;

    @Autowired
    JsonMapper json;

    @Test
    void every_judged_query_is_written_byte_for_byte_as_jackson_writes_the_record() {
        SearchResponseConverter converter = new SearchResponseConverter(json);
        List<String> texts = new java.util.ArrayList<>(Judged.load("queries-dev.jsonl").stream().map(Judged::query).toList());
        texts.addAll(List.of("", "logeerhuys", "\"unclosed", "<script>alert(1)</script>", "💙 logeren"));
        for (String text : texts) {
            var request = new SearchRequest(text, 0, 10, Map.of(), null, false);
            SearchResponse response = SearchResponse.of(search.answer(request), 0, 10, null);
            assertThat(new String(converter.bytes(response), StandardCharsets.UTF_8)).as(text)
                    .isEqualTo(json.writeValueAsString(response));
        }
    }

    @Test
    void a_place_a_distance_a_missing_suggestion_and_characters_to_escape_are_written_as_jackson_would() {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("kind", List.of(new FacetCount("provision", 12), new FacetCount("literatuur \"x\"", 1)));
        facets.put("region", List.of());
        var hits = List.of(
                new SearchResponse.Hit("a-1", "Logeerhuis \"De Boei\"", "provision", "Tab\there, newline\nthere, \u0001 control",
                        "<mark>logeren</mark> … ü ë 💙 \u2028", "Tiel", 3.1415927f, 12.345678901234),
                new SearchResponse.Hit("b", "", "", "", "", "", 0f, null),
                new SearchResponse.Hit("c", "x", "y", "z", "s", "r", 1.0E-8f, 0.0));
        for (var response : List.of(
                new SearchResponse("logeren bij Tiel", 532, 2, 100, hits, facets, null, List.of("logeerhuis", "respijtzorg"), "Tiel"),
                new SearchResponse("", 0, 0, 10, List.of(), Map.of(), "logeerhuis", List.of(), null),
                new SearchResponse("logeeropvang bij Tiel", 17, 0, 10, hits, facets, null, List.of(), "Tiel", "nationwide", false, false),
                new SearchResponse("zorg", 10_000, 0, 10, hits, Map.of(), null, List.of(), "Tiel", "nationwide", true, true))) {
            assertThat(new String(new SearchResponseConverter(json).bytes(response), StandardCharsets.UTF_8))
                    .isEqualTo(json.writeValueAsString(response));
        }
    }

    @Test
    void the_count_flags_appear_only_when_set_and_then_as_jackson_writes_them() {
        var exact = new SearchResponse("zorg", 532, 0, 10, List.of(), Map.of(), null, List.of(), null);
        String exactBody = new String(new SearchResponseConverter(json).bytes(exact), StandardCharsets.UTF_8);
        assertThat(exactBody).doesNotContain("totalIsLowerBound").doesNotContain("facetCountsEstimated").doesNotContain("placeFallback");
        for (var response : List.of(
                new SearchResponse("zorg", 10_000, 0, 10, List.of(), Map.of("kind", List.of(new FacetCount("provision", 61_200))),
                        null, List.of(), null, null, true, true),
                new SearchResponse("zorg", 10_000, 0, 10, List.of(), Map.of(), null, List.of(), null, null, true, false))) {
            String body = new String(new SearchResponseConverter(json).bytes(response), StandardCharsets.UTF_8);
            assertThat(body).isEqualTo(json.writeValueAsString(response)).contains("\"totalIsLowerBound\":true");
            assertThat(body.contains("facetCountsEstimated")).isEqualTo(response.facetCountsEstimated());
        }
    }

    @Test
    void a_search_answer_has_a_content_length_and_is_not_chunked() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/search?q=" + URLEncoder.encode("ondersteuning ouders", StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body().length).as("a body larger than Tomcat's 8 KB buffer").isGreaterThan(8192);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(json.readTree(response.body()).get("hits").size()).isEqualTo(10);
    }
}
