package nl.wegwijs.portal.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import nl.wegwijs.WegwijsApplication;
import nl.wegwijs.portal.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A parent searches in a real browser, sees the entry and opens its page. */
@SpringBootTest(classes = WegwijsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchFlowBrowserTest {

    /** One chromium for the class, closed after its last test (BrowserSession is the extension). */
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void searching_linawijs_shows_the_entry_and_clicking_opens_its_page() {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/zoeken?q=linawijs");
        var result = page.locator(".wegwijs-card a", new Page.LocatorOptions().setHasText("Linawijs")).first();
        assertThat(result).isVisible();
        result.click();
        assertThat(page).hasURL(Pattern.compile(".*/aanbod/linawijs$"));
        assertThat(page.locator("h1")).hasText("Linawijs");
        assertThat(page).hasTitle(Pattern.compile("Linawijs"));
    }

    @Test
    void the_start_page_search_box_leads_to_a_shareable_results_url() {
        Page page = browser.newPage(360, 800);
        page.navigate("http://localhost:" + port + "/");
        page.locator("vaadin-text-field input").fill("Linawijs");
        page.locator("vaadin-text-field input").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/zoeken\\?q=Linawijs$"));
        assertThat(page.locator(".wegwijs-card").first()).containsText("Linawijs");
    }

    @Test
    void a_place_named_in_the_question_searches_around_that_place() {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/zoeken?q=onderwijs%20en%20zorg%20bij%20Culemborg");
        assertThat(page.locator(".wegwijs-placefilter vaadin-text-field input")).hasValue("Culemborg");
        assertThat(page.locator(".wegwijs-card", new Page.LocatorOptions().setHasText("Linawijs")).first()).isVisible();
    }

    @Test
    void an_unknown_entry_gets_a_dutch_not_found_page() {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/aanbod/bestaat-niet");
        assertThat(page.locator("h1")).hasText("Deze pagina bestaat niet");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de startpagina"))).isVisible();
    }
}
