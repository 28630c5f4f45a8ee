package nl.wegwijs.portal.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import nl.wegwijs.WegwijsApplication;
import nl.wegwijs.portal.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A search with more matches than the index counts exactly says so honestly: "Meer dan ...
 * resultaten" and facet counts as "ongeveer". The demo catalogue is far below the 10,000 of the
 * default limit, so this test lowers the limit to 20 (the index reads it per search).
 */
@SpringBootTest(classes = WegwijsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LargeResultSetBrowserTest {
    private static final String LIMIT = "wegwijs.index.exactCountUpTo";
    // The demo catalogue (under 1,000 entries) takes one exhaustive pass, which counts exactly;
    // two passes are what a large catalogue takes, where the limit applies.
    private static final String ONE_PASS = "wegwijs.index.onePassShare";
    // The facet sample (10,000 documents by default) no longer follows the limit; a sample that
    // covers the whole demo catalogue would count exactly, so it is lowered with the limit.
    private static final String SAMPLE = "wegwijs.index.facetSample";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @BeforeAll
    static void lowLimit() {
        System.setProperty(LIMIT, "20");
        System.setProperty(ONE_PASS, "0");
        System.setProperty(SAMPLE, "20");
    }

    @AfterAll
    static void defaultLimit() {
        System.clearProperty(LIMIT);
        System.clearProperty(ONE_PASS);
        System.clearProperty(SAMPLE);
    }

    @Test
    void more_matches_than_the_limit_read_as_more_than_and_counts_as_about() {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/zoeken?q=zorg");
        assertThat(page.locator("vaadin-details").first()).isVisible();
        assertThat(page.locator(".wegwijs-count")).hasText("Meer dan 20 resultaten");
        assertThat(page.locator(".wegwijs-facets")).containsText("(ongeveer ");
    }

    @Test
    void fewer_matches_than_the_limit_keep_the_exact_wording() {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/zoeken?q=linawijs");
        assertThat(page.locator(".wegwijs-card").first()).isVisible();
        assertThat(page.locator(".wegwijs-count")).hasText(java.util.regex.Pattern.compile("^(1 resultaat|\\d+ resultaten)$"));
        assertThat(page.locator(".wegwijs-facets")).not().containsText("ongeveer");
    }
}
