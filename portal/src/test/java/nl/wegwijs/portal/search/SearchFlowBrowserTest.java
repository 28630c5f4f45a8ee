package nl.wegwijs.portal.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
    void nothing_near_the_place_shows_the_nationwide_offers_under_a_notice() {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/zoeken?q=logeeropvang%20bij%20Tiel");
        var notice = page.locator(".wegwijs-results .wegwijs-nearby");
        assertThat(notice).isVisible();
        assertThat(notice).containsText("Binnen 25 km van Tiel vonden we geen aanbod. Hieronder ziet u landelijk aanbod en algemene informatie.");
        assertThat(notice.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Zoek binnen 50 km van Tiel"))).isVisible();
        assertThat(page.locator(".wegwijs-count")).hasText(Pattern.compile("\\d+ landelijke resultaten"));
        assertThat(page.locator(".wegwijs-card").first()).isVisible();
    }

    @Test
    void a_wider_radius_that_reaches_offers_near_the_place_shows_them_without_the_notice() {
        Page page = browser.newPage(1280, 900);
        // The demo catalogue has nothing on jeugdhulp within 25 km of Tiel, and some entries within 50 km.
        page.navigate("http://localhost:" + port + "/zoeken?q=jeugdhulp%20bij%20Tiel");
        assertThat(page.locator(".wegwijs-nearby")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zoek binnen 50 km van Tiel")).click();
        assertThat(page).hasURL(Pattern.compile(".*[?&]radiusKm=50(&.*)?$"));
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("place=Tiel");
        assertThat(page.locator(".wegwijs-card").first()).isVisible();
        assertThat(page.locator(".wegwijs-nearby")).hasCount(0);
        assertThat(page.locator(".wegwijs-count")).hasText(Pattern.compile("\\d+ resultaten?"));
        assertThat(page.locator(".wegwijs-count")).not().containsText("landelijk");
    }

    @Test
    void an_unknown_entry_gets_a_dutch_not_found_page() {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/aanbod/bestaat-niet");
        assertThat(page.locator("h1")).hasText("Deze pagina bestaat niet");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de startpagina"))).isVisible();
    }
}
