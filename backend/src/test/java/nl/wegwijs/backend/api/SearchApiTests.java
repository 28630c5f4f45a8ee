package nl.wegwijs.backend.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.wegwijs.backend.BackendTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public search API over real HTTP (its context gets a throw-away data dir from the test properties), on the demo catalogue in a real (embedded) PostgreSQL. */
@SpringBootTest(classes = BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void linawijs_ranks_the_entry_named_linawijs_first() throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=Linawijs&size=10&page=0", "nl");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("query").asString()).isEqualTo("Linawijs");
        assertThat(body.get("total").asLong()).isPositive();
        JsonNode first = body.get("hits").get(0);
        assertThat(first.get("id").asString()).isEqualTo("linawijs");
        assertThat(first.get("name").asString()).isEqualTo("Linawijs");
        assertThat(first.get("kind").asString()).isEqualTo("practice_example");
        for (String field : new String[] {"summary", "snippet", "region", "score"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(body.get("facets").isObject()).isTrue();
        assertThat(body.has("suggestion")).isTrue();
    }

    @Test
    void an_entry_is_served_by_its_id() throws Exception {
        HttpResponse<String> response = get("/api/v1/entries/linawijs", "nl");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("name").asString()).isEqualTo("Linawijs");
        assertThat(body.get("categories").isArray()).isTrue();
    }

    @Test
    void an_unknown_id_is_a_404_problem_in_the_callers_language() throws Exception {
        HttpResponse<String> dutch = get("/api/v1/entries/bestaat-niet", "nl");
        assertThat(dutch.statusCode()).isEqualTo(404);
        assertThat(dutch.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(dutch.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).contains("bestaat-niet").contains("Er is geen");

        HttpResponse<String> english = get("/api/v1/entries/bestaat-niet", "en");
        assertThat(JSON.readTree(english.body()).get("detail").asString()).contains("There is no");
    }

    @ParameterizedTest
    @CsvSource({"size=-1,size", "size=100000,size", "page=abc,page", "radiusKm=-3&place=Tiel,radiusKm", "age=oud,age", "place=Nergenshuizen,place",
            "literal=misschien,literal"})
    void invalid_parameters_are_a_400_problem_naming_the_parameter(String query, String parameter) throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=logeren&" + query, "nl");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).contains(parameter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unclosed", "(((", "*", "~2", "a AND OR NOT", "'; drop table entry; --", "<script>alert(1)</script>",
            "💙 logeren", "title:foo^3", "\\", "ü ë ï", "/regex/"})
    void any_user_string_answers_200(String text) throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), "nl");
        assertThat(response.statusCode()).as(text).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("total").asLong()).isNotNegative();
    }

    @Test
    void a_very_long_query_answers_200() throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=" + "logeren%20".repeat(1000), "nl");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void health_is_up() throws Exception {
        HttpResponse<String> response = get("/actuator/health", "nl");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("UP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "logeren%00huis", "%5Ba%20TO%20z%5D", "%7B%7D%5B%5D()", "%F0%9F%98%80%F0%9F%98%80",
            "%22%22%22", "*%3A*", "~", "%26%26%7C%7C", "%3C%2Fmark%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
            "1%27%20OR%20%271%27%3D%271", "%E2%80%AE%E2%80%8B", "%C2%AD"})
    void control_characters_brackets_emoji_and_injections_answer_200(String encoded) throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=" + encoded, "en");
        assertThat(response.statusCode()).as(encoded).isEqualTo(200);
        for (JsonNode hit : JSON.readTree(response.body()).get("hits")) {
            // the query is echoed as JSON text; snippets are HTML and must never carry the user's markup
            assertThat(hit.get("snippet").asString()).doesNotContain("<img");
        }
    }

    @Test
    void ten_thousand_characters_in_one_word_answer_200() throws Exception {
        assertThat(get("/api/v1/search?q=" + "x".repeat(10_000), "nl").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/suggest?q=" + "x".repeat(10_000), "nl").statusCode()).isEqualTo(200);
    }

    @Test
    void an_invalid_parameter_is_explained_in_english_on_request() throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=logeren&size=-1", "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("choose a value from");
    }

    @Test
    void a_place_named_in_the_text_filters_by_distance_and_is_reported() throws Exception {
        JsonNode body = JSON.readTree(get("/api/v1/search?q=" + URLEncoder.encode("jeugdhulp bij Hilversum",
                StandardCharsets.UTF_8), "nl").body());
        assertThat(body.get("place").asString()).isEqualTo("Hilversum");
        assertThat(body.get("total").asLong()).isPositive();
        for (JsonNode hit : body.get("hits")) {
            // no coordinates in the demo catalogue: entries match by their municipality or region text
            assertThat(hit.get("region").asString()).as(hit.get("id").asString()).isNotIn("landelijk", "niet vermeld");
        }
        JsonNode plain = JSON.readTree(get("/api/v1/search?q=jeugdhulp", "nl").body());
        assertThat(plain.get("place").isNull()).isTrue();
        assertThat(plain.get("total").asLong()).isGreaterThan(body.get("total").asLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=logeeropvang%20bij%20Tiel", "q=logeeropvang%20bij%20Nijmegen", "q=logeeropvang&place=Tiel&radiusKm=25", "q=logeeropvang&place=Tiel&radiusKm=100"})
    void nothing_near_the_place_gives_the_nationwide_entries_and_says_so(String query) throws Exception {
        HttpResponse<String> response = get("/api/v1/search?" + query, "nl");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("place").asString()).isEqualTo(query.contains("Nijmegen") ? "Nijmegen" : "Tiel");
        assertThat(body.has("placeFallback")).as(response.body()).isTrue();
        assertThat(body.get("placeFallback").asString()).isEqualTo("nationwide");
        assertThat(body.get("total").asLong()).isPositive();
        assertThat(body.get("hits").size()).isPositive();
        for (JsonNode hit : body.get("hits")) {
            assertThat(notTiedToAPlace(hit.get("region").asString())).as(hit.get("id") + " " + hit.get("region")).isTrue();
            assertThat(hit.get("distanceKm").isNull()).as(hit.get("id").asString()).isTrue();
        }
        assertThat(body.get("facets").has("region")).as("choosing a region would end the fallback: not offered").isFalse();
        long kindCounted = 0;
        for (JsonNode value : body.get("facets").get("kind")) {
            kindCounted += value.get("count").asLong();
        }
        assertThat(kindCounted).as("the facets are those of the fallback (one kind per entry)").isEqualTo(body.get("total").asLong());
    }

    @Test
    void a_place_with_entries_near_it_gets_only_those_and_no_fallback() throws Exception {
        String body = get("/api/v1/search?q=jeugdhulp&place=Hilversum", "nl").body();
        assertThat(body).doesNotContain("placeFallback");
        JsonNode json = JSON.readTree(body);
        assertThat(json.get("total").asLong()).isPositive();
        for (JsonNode hit : json.get("hits")) {
            // the demo importer gives an entry the coordinates of its region when the gazetteer knows it
            assertThat(hit.get("distanceKm").isNumber()).as(hit.get("id").asString()).isTrue();
            assertThat(hit.get("distanceKm").asDouble()).as(hit.get("id") + " " + hit.get("region")).isBetween(0.0, 25.0);
        }
        assertThat(get("/api/v1/search?q=logeeropvang", "nl").body()).as("no place, no fallback").doesNotContain("placeFallback");
    }

    @Test
    void a_chosen_region_is_never_replaced_by_the_nationwide_fallback() throws Exception {
        for (String region : new String[] {"landelijk", "Culemborg"}) {
            String body = get("/api/v1/search?q=logeeropvang&place=Tiel&region=" + region, "nl").body();
            assertThat(body).as(region).doesNotContain("placeFallback");
            assertThat(JSON.readTree(body).get("total").asLong()).as(region).isZero();
        }
    }

    @Test
    void a_typo_gets_a_did_you_mean() throws Exception {
        JsonNode body = JSON.readTree(get("/api/v1/search?q=logeerhuys", "nl").body());
        assertThat(body.get("suggestion").asString()).isEqualTo("logeerhuis");
        assertThat(body.get("total").asLong()).isPositive();
    }

    @Test
    void literal_accepts_springs_boolean_words_and_switches_off_typo_correction() throws Exception {
        assertThat(JSON.readTree(get("/api/v1/search?q=logeerhuys&literal=false", "nl").body()).get("suggestion").asString())
                .isEqualTo("logeerhuis");
        for (String yes : new String[] {"true", "YES", "on", "1"}) {
            JsonNode body = JSON.readTree(get("/api/v1/search?q=logeerhuys&literal=" + yes, "nl").body());
            assertThat(body.get("suggestion").isNull()).as(yes).isTrue();
        }
        HttpResponse<String> english = get("/api/v1/search?q=logeren&literal=maybe", "en");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("choose true or false");
        assertThat(get("/api/v1/search?q=logeren&literal=maybe", "nl").body()).contains("kies true of false");
    }

    @Test
    void a_repeated_text_parameter_searches_its_values_joined_by_commas() throws Exception {
        JsonNode body = JSON.readTree(get("/api/v1/search?q=logeren&q=pgb", "nl").body());
        assertThat(body.get("query").asString()).isEqualTo("logeren,pgb");
    }

    @Test
    void suggest_proposes_entry_names_and_categories_as_you_type() throws Exception {
        HttpResponse<String> response = get("/api/v1/suggest?q=log", "nl");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.size()).isPositive();
        assertThat(body.get(0).get("text").asString().toLowerCase()).contains("log");
        assertThat(get("/api/v1/suggest?q=", "nl").body()).isEqualTo("[]");
        assertThat(get("/api/v1/suggest?q=log&size=abc", "nl").statusCode()).isEqualTo(400);
    }

    @Test
    void a_facet_filter_keeps_the_other_values_of_its_own_key() throws Exception {
        JsonNode all = JSON.readTree(get("/api/v1/search?q=ouders", "nl").body());
        JsonNode kinds = all.get("facets").get("kind");
        String first = kinds.get(0).get("value").asString();
        JsonNode filtered = JSON.readTree(get("/api/v1/search?q=ouders&kind=" + first, "nl").body());
        assertThat(filtered.get("facets").get("kind").size()).isEqualTo(kinds.size());
        assertThat(filtered.get("total").asLong()).isEqualTo(kinds.get(0).get("count").asLong());
    }

    /** Nationwide ("landelijk", "landelijk (online)") or no region stated. */
    private static boolean notTiedToAPlace(String region) {
        return region.startsWith("landelijk") || region.equals("niet vermeld") || region.equals("onbekend") || region.isBlank();
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
