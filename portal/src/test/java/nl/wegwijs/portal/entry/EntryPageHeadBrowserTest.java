package nl.wegwijs.portal.entry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.wegwijs.WegwijsApplication;
import nl.wegwijs.portal.BrowserSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A crawler that runs no JavaScript gets an entry page's title and schema.org data in the HTML itself;
 * in the browser the page keeps exactly one, current, JSON-LD block (same context as the search flow).
 */
@SpringBootTest(classes = WegwijsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EntryPageHeadBrowserTest {

    /** One chromium for the class, closed after its last test (BrowserSession is the extension). */
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void the_served_html_of_an_entry_page_carries_its_title_and_json_ld() throws Exception {
        Document html = Jsoup.parse(get("/aanbod/vilans"));
        assertThat(html.title()).isEqualTo("Vilans | Wegwijs");
        var scripts = html.head().select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.first().data()).contains("\"@context\":\"https://schema.org\"",
                "\"@type\":\"Organization\"", "\"name\":\"Vilans\"", "\"mainEntityOfPage\":\"/aanbod/vilans\"");
    }

    @Test
    void other_pages_and_unknown_entries_carry_no_json_ld() throws Exception {
        assertThat(Jsoup.parse(get("/zoeken?q=logeren")).select("script[type=application/ld+json]")).isEmpty();
        assertThat(Jsoup.parse(get("/aanbod/bestaat-niet")).select("script[type=application/ld+json]")).isEmpty();
    }

    @Test
    void navigating_inside_the_portal_keeps_one_json_ld_block_for_the_entry_shown() {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/aanbod/vilans");
        assertThat(page.locator("h1")).hasText("Vilans");
        var jsonLd = page.locator("script[type='application/ld+json']");
        assertThat(jsonLd).hasCount(1);
        String first = jsonLd.textContent();
        page.locator(".wegwijs-related a").first().click();
        assertThat(page.locator("h1")).not().hasText("Vilans");
        assertThat(jsonLd).hasCount(1);
        assertThat(jsonLd).not().hasText(first);
        org.assertj.core.api.Assertions.assertThat(jsonLd.textContent()).contains(page.locator("h1").textContent());
        page.locator("a.wegwijs-brand").click();
        assertThat(page.locator(".wegwijs-questions")).isVisible();
        assertThat(jsonLd).hasCount(0);
    }

    private String get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        }
    }
}
