package nl.wegwijs.portal.flows;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.wegwijs.WegwijsApplication;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.confirmation.ConfirmationTokens;
import nl.wegwijs.backend.editorial.ReviewQueue;
import nl.wegwijs.portal.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The public portal in a real browser, on the demo catalogue, in one shared Spring context: the
 * search flow with filters, the entry page and its correction form, Mijn kaart, the social map's CSV
 * export and the 360 px phone layout.
 */
@SpringBootTest(classes = WegwijsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTests {

    static final Path ARTEFACTS = Path.of("target", "browser-artefacts");
    private static Path dataDir;
    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    ReviewQueue reviewQueue;

    @Autowired
    ConfirmationTokens confirmationTokens;

    @Autowired
    CatalogueService catalogue;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        dataDir = Files.createTempDirectory("wegwijs-portal-flows-");
        registry.add("wegwijs.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = new BrowserSession();
        Files.createDirectories(ARTEFACTS);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        FileSystemUtils.deleteRecursively(dataDir.toFile());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void a_facet_filter_goes_into_the_url_and_back_undoes_it() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/zoeken?q=logeren"));
        assertThat(page.locator(".wegwijs-card").first()).isVisible();
        String before = page.locator(".wegwijs-count").textContent();
        page.locator("a[data-facet='for=ouder']").click();
        assertThat(page).hasURL(Pattern.compile(".*/zoeken\\?q=logeren&for=ouder$"));
        assertThat(page.locator("a[data-facet='for=ouder']")).hasAttribute("aria-current", "true");
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/zoeken\\?q=logeren$"));
        assertThat(page.locator(".wegwijs-count")).hasText(before);
    }

    @Test
    void the_page_says_how_it_understood_the_query_and_offers_a_literal_search() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/zoeken?q=lotgenotencontact"));
        assertThat(page.locator(".wegwijs-understood")).containsText("Ook gezocht op");
        page.locator(".wegwijs-understood a").last().click();
        assertThat(page).hasURL(Pattern.compile(".*literal=true.*"));
        assertThat(page.locator(".wegwijs-understood")).containsText("precies deze woorden");
    }

    @Test
    void nothing_found_still_offers_ways_on() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/zoeken?q=qqxyzzyvv&for=brussen"));
        assertThat(page.locator(".wegwijs-zero h2")).isVisible();
        assertThat(page.locator(".wegwijs-zero")).containsText("Zoek zonder filters");
        assertThat(page.locator(".wegwijs-zero a[href^='aanbod/']").first()).isVisible();
    }

    @Test
    void a_life_question_opens_a_filtered_search_and_parents_and_siblings_come_first() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/"));
        assertThat(page.locator(".wegwijs-questions li").first()).containsText("Steun voor jezelf als ouder");
        assertThat(page.locator(".wegwijs-questions li").nth(1)).containsText("Broers en zussen");
        page.locator("a[data-question='brussen']").click();
        assertThat(page).hasURL(Pattern.compile(".*/zoeken\\?for=brussen$"));
        assertThat(page.locator(".wegwijs-card").first()).isVisible();
    }

    @Test
    void suggestions_appear_while_typing() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/"));
        page.locator("vaadin-text-field input").pressSequentially("linaw", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(60));
        assertThat(page.locator(".wegwijs-suggestions a").first()).containsText("Linawijs");
    }

    @Test
    void the_entry_page_shows_contact_links_and_schema_org_data() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/aanbod/vilans"));
        assertThat(page.locator("h1")).hasText("Vilans");
        assertThat(page).hasTitle("Vilans | Wegwijs");
        assertThat(page.locator("a[href^='tel:+31']")).isVisible();
        assertThat(page.locator("a[href^='mailto:']").first()).isVisible();
        String jsonLd = page.locator("script[type='application/ld+json']").textContent();
        assertThat(jsonLd).contains("\"@context\":\"https://schema.org\"", "\"@type\":\"Organization\"", "\"name\":\"Vilans\"");
        assertThat(page.locator(".wegwijs-related a").first()).isVisible();
    }

    @Test
    void a_correction_from_the_entry_page_lands_in_the_review_queue() {
        long before = reviewQueue.openCount();
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/aanbod/vilans"));
        page.locator(".wegwijs-correction vaadin-details-summary").click();
        page.locator(".wegwijs-correction vaadin-text-area textarea").fill("Het telefoonnummer is veranderd.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        assertThat(page.locator(".wegwijs-correction .wegwijs-status")).containsText("Dank u wel");
        assertThat(reviewQueue.openCount()).isEqualTo(before + 1);
    }

    @Test
    void a_provider_confirms_the_entry_from_the_mailed_link_and_an_expired_link_says_so() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/bevestigen/" + confirmationTokens.issue("vilans")));
        assertThat(page.locator(".wegwijs-confirmation h1")).hasText("Klopt dit nog?");
        assertThat(page.locator(".wegwijs-confirmation h2")).hasText("Vilans");
        // Opening the page is not confirming: a mail scanner's GET changes nothing.
        assertThat(catalogue.published("vilans").lastVerifiedOn()).isNotEqualTo(LocalDate.now());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, dit klopt")).click();
        assertThat(page.locator(".wegwijs-confirm-status")).containsText("Dank u wel!");
        page.screenshot(new Page.ScreenshotOptions().setPath(ARTEFACTS.resolve("bevestigen.png")).setFullPage(true));
        assertThat(catalogue.published("vilans").lastVerifiedOn()).isEqualTo(LocalDate.now());

        Page expired = browser.newPage(1280, 900);
        expired.navigate(url("/bevestigen/" + confirmationTokens.issue("vilans", Instant.now().minus(1, ChronoUnit.DAYS))));
        assertThat(expired.locator(".wegwijs-notice")).containsText("Deze link werkt niet meer: hij is verlopen.");
        assertThat(expired.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, dit klopt"))).hasCount(0);
        expired.navigate(url("/bevestigen/vilans.1.kapot"));
        assertThat(expired.locator(".wegwijs-notice")).containsText("Deze link klopt niet.");
    }

    @Test
    void the_change_link_opens_a_form_whose_text_reaches_the_review_queue() {
        long before = reviewQueue.openCount();
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/bevestigen/" + confirmationTokens.issue("logeeropvang") + "?wijziging=ja"));
        page.locator(".wegwijs-confirm-change vaadin-text-area textarea").fill("Wij hebben een nieuw telefoonnummer.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        assertThat(page.locator(".wegwijs-confirm-change .wegwijs-status")).containsText("De redactie kijkt ernaar");
        assertThat(reviewQueue.openCount()).isEqualTo(before + 1);
    }

    @Test
    void two_entries_on_my_map_make_a_picture_that_exports_and_shares() throws Exception {
        Page page = browser.newPage(1280, 1000);
        for (String id : new String[] {"vilans", "logeeropvang"}) {
            page.navigate(url("/aanbod/" + id));
            page.locator(".wegwijs-addtomap-button").click();
            assertThat(page.locator(".wegwijs-addtomap [role=status]")).containsText("Staat op uw kaart");
        }
        page.navigate(url("/mijn-kaart"));
        assertThat(page.locator(".wegwijs-maplist li")).hasCount(2);
        assertThat(page.locator(".wegwijs-mapsvg svg text", new Page.LocatorOptions().setHasText("Vilans"))).hasCount(1);
        Object namespace = page.evaluate("document.querySelector('.wegwijs-mapsvg svg').namespaceURI");
        assertThat(namespace).isEqualTo("http://www.w3.org/2000/svg");
        Object width = page.evaluate("document.querySelector('.wegwijs-mapsvg svg').getBoundingClientRect().width");
        assertThat(((Number) width).doubleValue()).isGreaterThan(200);
        Download png = page.waitForDownload(() -> page.locator(".wegwijs-png").click());
        byte[] bytes = Files.readAllBytes(png.path());
        assertThat(bytes).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(ARTEFACTS.resolve("mijn-kaart.png"), bytes);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link om te delen")).click();
        String link = page.locator(".wegwijs-sharelink input").inputValue();
        assertThat(link).contains("/mijn-kaart#k=");
        Page other = browser.newPage(1280, 1000);
        other.navigate(link);
        assertThat(other.locator(".wegwijs-notice")).containsText("gedeeld");
        assertThat(other.locator(".wegwijs-maplist li")).hasCount(2);
    }

    @Test
    void the_social_map_exports_the_chosen_rows_as_csv() throws Exception {
        Page page = browser.newPage(1280, 1000);
        page.navigate(url("/sociale-kaart?q=logeren"));
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Logeerhuis")).first()).isVisible();
        Download csv = page.waitForDownload(() -> page.locator("a.wegwijs-csv").click());
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFnaam;soort;plaats");
        assertThat(text).contains("Logeerhuis");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon verwijslijst")).click();
        assertThat(page.locator(".wegwijs-referral-list li").first()).containsText("Laatst gecontroleerd");
    }

    @Test
    void the_guide_names_who_decides_and_who_pays() {
        Page page = browser.newPage(1280, 1000);
        page.navigate(url("/waar-aanvragen?leeftijd=8&situatie=VERPLEGING_THUIS&gemeente=Hengelo"));
        assertThat(page.locator(".wegwijs-answer")).containsText("zorgverzekeraar");
        page.navigate(url("/waar-aanvragen?leeftijd=19&situatie=RUST"));
        assertThat(page.locator(".wegwijs-answer")).containsText("Wmo");
    }

    @Test
    void the_knowledge_base_lists_practice_examples() {
        Page page = browser.newPage(1280, 1000);
        page.navigate(url("/kennisbank?kind=practice_example"));
        assertThat(page.locator(".wegwijs-card").first()).containsText("Praktijkvoorbeeld");
    }

    @Test
    void pages_fit_a_360_pixel_phone_without_sideways_scrolling() throws Exception {
        Page page = browser.newPage(360, 800);
        for (String path : new String[] {"/", "/zoeken?q=logeren", "/aanbod/logeeropvang", "/mijn-kaart",
                "/waar-aanvragen?leeftijd=8&situatie=RUST", "/sociale-kaart", "/kennisbank"}) {
            page.navigate(url(path));
            page.locator("h1").first().waitFor();
            page.waitForTimeout(300);
            Object scroll = page.evaluate("document.documentElement.scrollWidth");
            assertThat(((Number) scroll).intValue()).as(path).isLessThanOrEqualTo(360);
            String name = path.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(ARTEFACTS.resolve("360-" + (name.isEmpty() ? "start" : name) + ".png")));
        }
    }

    @Test
    void the_language_switch_shows_the_portal_in_english() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/"));
        // By keyboard, as a visitor without a mouse would (dev mode's overlay also covers the corner).
        page.locator(".wegwijs-language").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("What do you need help with?");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void start_results_and_entry_pages_have_no_serious_or_critical_axe_violations() throws Exception {
        String axe = new String(PortalBrowserTests.class.getResourceAsStream("/axe/axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
        Page page = browser.newPage(1280, 900);
        for (String path : new String[] {"/", "/zoeken?q=logeren", "/aanbod/logeeropvang", "/mijn-kaart", "/waar-aanvragen?leeftijd=8&situatie=RUST"}) {
            page.navigate(url(path));
            page.locator("h1").first().waitFor();
            page.waitForTimeout(500);
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
            Object found = page.evaluate("""
                    () => axe.run({exclude: [['vaadin-dev-tools'], ['copilot-main'], ['vaadin-dev-tools-overlay']]},
                        {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                      .then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))""");
            assertThat((java.util.List<?>) found).as(path).isEmpty();
        }
    }
}
