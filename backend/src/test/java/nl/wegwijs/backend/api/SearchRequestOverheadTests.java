package nl.wegwijs.backend.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.backend.BackendTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;

/**
 * What a public search pays for besides the search: no session, no CSRF token, no per-request or
 * per-filter timers (nothing reads them; they cost 7-10% of a search's CPU, backend/reports/http-load.md),
 * and no new connection every 100 requests.
 * Same context as SearchApiTests.
 */
@SpringBootTest(classes = BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchRequestOverheadTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    FilterChainProxy security;

    @Test
    void a_search_records_no_timers_for_the_request_or_the_security_filters() throws Exception {
        for (String q : List.of("logeeropvang", "pgb", "brussen")) {
            assertThat(get("/api/v1/search?q=" + q).statusCode()).isEqualTo(200);
        }
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        List<String> names = meters.getMeters().stream().map(Meter::getId).map(Meter.Id::getName).toList();
        assertThat(names).noneMatch(n -> n.startsWith("http.server.requests") || n.startsWith("spring.security"));
    }

    @Test
    void a_search_creates_no_session_and_passes_no_csrf_logout_or_saved_request_filter() throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=logeeropvang");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        List<Class<?>> filters = security.getFilters("/api/v1/search?q=logeeropvang").stream()
                .map(Filter::getClass).<Class<?>>map(c -> c).toList();
        System.out.println("Security filters for GET /api/v1/search: " + filters.stream().map(Class::getSimpleName).toList());
        assertThat(filters).isNotEmpty().doesNotContain(CsrfFilter.class, LogoutFilter.class, RequestCacheAwareFilter.class);
    }

    @Test
    void one_connection_keeps_serving_searches_well_past_tomcats_default_of_100() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            var in = new java.io.BufferedInputStream(socket.getInputStream());
            var out = socket.getOutputStream();
            for (int i = 0; i < 150; i++) {
                out.write(("GET /api/v1/search?q=pgb&size=1 HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                List<String> headers = readResponse(in);
                assertThat(headers.getFirst()).as("response %d", i + 1).isEqualTo("HTTP/1.1 200 ");
                assertThat(headers).as("response %d", i + 1).noneMatch(h -> h.equalsIgnoreCase("Connection: close"));
            }
        }
    }

    /** The status line and headers of one response; its body (sized or chunked) is read and dropped. */
    private static List<String> readResponse(java.io.InputStream in) throws java.io.IOException {
        List<String> headers = new ArrayList<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            headers.add(line);
        }
        String length = headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(h -> h.substring(15).strip()).findFirst().orElse(null);
        if (length != null) {
            in.readNBytes(Integer.parseInt(length));
        } else {
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(), 16)) {
                in.readNBytes(size);
                line(in);
            }
            line(in);
        }
        return headers;
    }

    private static String line(java.io.InputStream in) throws java.io.IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) throw new java.io.EOFException("connection closed after: " + b);
            if (c != '\r') b.append((char) c);
        }
        return b.toString();
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
