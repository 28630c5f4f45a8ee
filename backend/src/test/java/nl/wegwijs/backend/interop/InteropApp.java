package nl.wegwijs.backend.interop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.security.Accounts;
import nl.wegwijs.backend.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A running backend on a data dir of its own, with one editor, spoken to over real HTTP. */
final class InteropApp implements AutoCloseable {

    static final String EDITOR = "redacteur:redacteur-wachtwoord-1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    private InteropApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        context.getBean(Accounts.class).create("redacteur", "redacteur-wachtwoord-1", Role.EDITOR, false);
    }

    static InteropApp start(Path dataDir, String... args) {
        String[] all = Stream.concat(Stream.of("--wegwijs.data-dir=" + dataDir, "--server.port=0"), Stream.of(args))
                .toArray(String[]::new);
        return new InteropApp(new SpringApplicationBuilder(BackendTestApplication.class).run(all));
    }

    HttpResponse<String> get(String path, @Nullable String credentials) throws Exception {
        return send(request(path, credentials).GET());
    }

    HttpResponse<String> post(String path, byte[] body, String contentType, @Nullable String credentials) throws Exception {
        return send(request(path, credentials).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** As {@link #post}, in the given language (the API's messages are Dutch unless asked for English). */
    HttpResponse<String> post(String path, byte[] body, String contentType, @Nullable String credentials, String language)
            throws Exception {
        return send(request(path, credentials).setHeader("Accept-Language", language).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Every service the HSDS API lists, page by page. */
    List<JsonNode> allServices() throws Exception {
        List<JsonNode> services = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode body = json(get("/api/hsds/services?per_page=100&page=" + page, null));
            body.get("contents").forEach(services::add);
            if (body.get("last_page").asBoolean()) return services;
        }
    }

    private HttpRequest.Builder request(String path, @Nullable String credentials) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "en");
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        context.close();
    }
}
