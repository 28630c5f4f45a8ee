package nl.wegwijs.backend.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
 * per-filter timers (nothing reads them; they cost 7-10% of a search's CPU, backend/reports/http-load.md).
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

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
