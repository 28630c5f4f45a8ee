package nl.wegwijs.backend.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.TestDataDir;
import nl.wegwijs.backend.api.ApiProblemHandlerTests;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading is public; every write needs an editor; failures are problem+json; there are no default passwords. */
@SpringBootTest(classes = BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiProblemHandlerTests.SecurityProbe.class)
class ApiSecurityTests {

    private static final Path DATA_DIR = TestDataDir.create();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String EDITOR_PASSWORD = "redacteur-wachtwoord-1";
    static final String ADMIN_PASSWORD = "beheerder-wachtwoord-1";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("wegwijs.data-dir", DATA_DIR::toString);
    }

    @BeforeAll
    static void accounts(@Autowired Accounts accounts) {
        accounts.create("redacteur", EDITOR_PASSWORD, Role.EDITOR, false);
        accounts.create("nieuwkomer", "eenmalig-wachtwoord-1", Role.EDITOR, true);
        accounts.create("geblokkeerd", "geblokkeerd-wachtwoord", Role.EDITOR, false);
        accounts.create("beheerder", ADMIN_PASSWORD, Role.ADMIN, false);
    }

    @AfterAll
    static void cleanUp() {
        TestDataDir.delete(DATA_DIR);
    }

    @ParameterizedTest
    @CsvSource({"POST,/api/v1/editor/entries", "PUT,/api/v1/editor/entries/linawijs", "DELETE,/api/v1/editor/entries/linawijs",
            "POST,/api/v1/editor/import/csv", "GET,/api/v1/editor/export/csv", "POST,/api/hsds/import",
            "POST,/api/v1/editor/proposals/00000000-0000-0000-0000-000000000000/decisions", "POST,/api/v1/admin/accounts",
            "DELETE,/api/v1/entries/linawijs", "PUT,/api/v1/entries/linawijs", "POST,/api/v1/search", "PUT,/api/hsds/services/x",
            "POST,/api/v1/editor/index/rebuild", "GET,/api/v1/editor/index/rebuild"})
    void every_write_endpoint_refuses_anonymous_callers_with_a_401_problem(String method, String path) throws Exception {
        HttpResponse<String> response = send(method, path, null, "nl");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("detail").asString()).contains("Log in");
    }

    @ParameterizedTest
    @CsvSource({"nieuwkomer:eenmalig-wachtwoord-1,POST,/api/v1/editor/entries",
            "nieuwkomer:eenmalig-wachtwoord-1,POST,/api/hsds/import",
            "redacteur:" + EDITOR_PASSWORD + ",POST,/api/v1/admin/accounts",
            "redacteur:" + EDITOR_PASSWORD + ",POST,/api/v1/editor/index/rebuild"})
    void wrong_role_callers_get_a_403_problem(String credentials, String method, String path) throws Exception {
        HttpResponse<String> response = send(method, path, credentials, "en");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("may not");
    }

    @Test
    void refusals_are_dutch_without_accept_language_and_english_when_asked() throws Exception {
        JsonNode anonymous = JSON.readTree(send("POST", "/api/v1/editor/entries", null, null).body());
        assertThat(anonymous.get("title").asString()).isEqualTo("Inloggen nodig");
        assertThat(anonymous.get("detail").asString()).isEqualTo("Log in als redacteur om dit te doen.");
        JsonNode wrongRole = JSON.readTree(send("POST", "/api/v1/admin/accounts", "redacteur:" + EDITOR_PASSWORD, null).body());
        assertThat(wrongRole.get("title").asString()).isEqualTo("Geen toegang");
        assertThat(JSON.readTree(send("POST", "/api/v1/editor/entries", null, "en").body()).get("title").asString())
                .isEqualTo("Login required");
        assertThat(JSON.readTree(send("POST", "/api/v1/editor/entries", null, "en-GB,en;q=0.9").body()).get("title").asString())
                .isEqualTo("Login required");
        assertThat(JSON.readTree(send("POST", "/api/v1/editor/entries", null, "de").body()).get("title").asString())
                .as("a language we do not speak gets Dutch").isEqualTo("Inloggen nodig");
    }

    @Test
    void a_refusal_inside_an_api_controller_stays_a_401_or_403_problem_and_other_failures_a_500() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/api/v1/probe/denied", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(anonymous.body()).get("title").asString()).isEqualTo("Inloggen nodig");

        HttpResponse<String> editor = send("GET", "/api/v1/probe/denied", "redacteur:" + EDITOR_PASSWORD, "nl");
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(editor.body()).get("title").asString()).isEqualTo("Geen toegang");

        assertThat(send("GET", "/api/v1/probe/unauthenticated", null, "nl").statusCode()).isEqualTo(401);
        HttpResponse<String> broken = send("GET", "/api/v1/probe/broken", null, "nl");
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(broken.body()).get("title").asString()).isEqualTo("Fout op de server");
        assertThat(broken.body()).doesNotContain("IllegalStateException").doesNotContain("at nl.");
    }

    @ParameterizedTest
    @CsvSource({"admin:admin", "admin:password", "admin:wegwijs", "user:password", "redactie:redactie", "admin:", "postgres:postgres"})
    void default_credentials_do_not_exist(String credentials) throws Exception {
        assertThat(send("GET", "/api/v1/editor/export/csv", credentials, "nl").statusCode()).isEqualTo(401);
    }

    @Test
    void the_first_admin_has_a_one_time_password_that_must_be_changed(@Autowired Accounts accounts) {
        assertThat(accounts.adminExists()).isTrue();
        assertThat(accounts.mustChangePassword("admin")).isTrue();
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_even_for_the_right_one() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(send("GET", "/api/v1/editor/export/csv", "geblokkeerd:fout-" + i, "nl").statusCode()).isEqualTo(401);
        }
        assertThat(send("GET", "/api/v1/editor/export/csv", "geblokkeerd:geblokkeerd-wachtwoord", "nl").statusCode())
                .isEqualTo(401);
    }

    @Test
    void reading_stays_public_and_carries_the_security_headers() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/entries/linawijs", null, "nl");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'").contains("default-src 'self'").doesNotContain("http");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(send("GET", "/actuator/health", null, "nl").statusCode()).isEqualTo(200);
    }

    @Test
    void an_editor_passes_the_security_layer() throws Exception {
        // No such entry: the 404 shows the request got past authentication and authorisation.
        assertThat(send("GET", "/api/v1/editor/nothing-here", "redacteur:" + EDITOR_PASSWORD, "nl").statusCode())
                .isEqualTo(404);
    }

    @Test
    void an_admin_starts_an_index_rebuild_and_follows_it_to_the_end() throws Exception {
        String admin = "beheerder:" + ADMIN_PASSWORD;
        HttpResponse<String> started = send("POST", "/api/v1/editor/index/rebuild", admin, "nl");
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(started.body()).get("label").asString()).isEqualTo("beheerder");
        JsonNode state = JSON.readTree(started.body());
        for (int i = 0; i < 600 && state.get("state").asString().equals("RUNNING"); i++) {
            Thread.sleep(100);
            state = JSON.readTree(send("GET", "/api/v1/editor/index/rebuild", admin, "nl").body());
        }
        assertThat(state.get("state").asString()).isEqualTo("DONE");
        assertThat(state.get("done").asLong()).isPositive().isEqualTo(state.get("total").asLong());
    }

    /** {@code language} null sends no Accept-Language header at all. */
    HttpResponse<String> send(String method, String path, @Nullable String credentials, @Nullable String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
