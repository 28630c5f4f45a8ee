package nl.wegwijs.backend.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.TestDataDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** Anyone may report that an entry is wrong, without an account; the report waits in the review queue. */
@SpringBootTest(classes = BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CorrectionApiTests {

    private static final Path DATA_DIR = TestDataDir.create();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ReviewQueue queue;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("wegwijs.data-dir", DATA_DIR::toString);
    }

    @AfterAll
    static void cleanUp() {
        TestDataDir.delete(DATA_DIR);
    }

    @Test
    void an_anonymous_correction_is_accepted_into_the_queue_and_too_many_are_refused() throws Exception {
        HttpResponse<String> first = post("/api/v1/entries/linawijs/corrections",
                "{\"fields\":{\"phone\":\"030 765 4321\"},\"note\":\"<script>alert(1)</script> nummer klopt niet\"}");
        assertThat(first.statusCode()).isEqualTo(202);
        UUID id = UUID.fromString(JSON.readTree(first.body()).get("id").asString());
        ProposalView view = queue.find(id).orElseThrow();
        assertThat(view.origin()).isEqualTo("public");
        assertThat(view.note()).isEqualTo("<script>alert(1)</script> nummer klopt niet");

        for (int i = 1; i < CorrectionThrottle.LIMIT; i++) {
            assertThat(post("/api/v1/entries/linawijs/corrections", "{\"note\":\"melding " + i + "\"}").statusCode()).isEqualTo(202);
        }
        HttpResponse<String> tooMany = post("/api/v1/entries/linawijs/corrections", "{\"note\":\"nog een\"}");
        assertThat(tooMany.statusCode()).isEqualTo(429);
        assertThat(tooMany.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void a_correction_for_an_unknown_entry_or_field_is_a_problem() throws Exception {
        assertThat(post("/api/v1/entries/bestaat-niet/corrections", "{\"note\":\"x\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> bad = post("/api/v1/entries/linawijs/corrections", "{\"fields\":{\"shoeSize\":\"42\"}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("shoeSize");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
