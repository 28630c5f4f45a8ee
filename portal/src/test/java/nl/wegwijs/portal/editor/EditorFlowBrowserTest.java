package nl.wegwijs.portal.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.wegwijs.WegwijsApplication;
import nl.wegwijs.backend.editorial.EditorialService;
import nl.wegwijs.backend.searching.ZeroResultCounter;
import nl.wegwijs.backend.security.Accounts;
import nl.wegwijs.backend.security.Role;
import nl.wegwijs.portal.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * An editor logs in (in Dutch), edits with explained validation, imports a CSV file with a dry run and a
 * progress display; script in a field stays inert text in a real browser.
 */
@SpringBootTest(classes = WegwijsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorFlowBrowserTest {

    private static final String PASSWORD = "een-lang-redactiewachtwoord";
    private static final String XSS = "<img src=x onerror=\"window.xssFired=1\">Logeerhuis <script>window.xssFired=2</script>";
    private static Path dataDir;
    private static BrowserSession browser;
    private static String xssId;
    private static String twinId;

    @LocalServerPort
    int port;

    @Autowired
    EditorialService editorial;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        dataDir = java.nio.file.Files.createTempDirectory("wegwijs-editor-test-");
        registry.add("wegwijs.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void setUp(@Autowired Accounts accounts, @Autowired EditorialService editorial) {
        accounts.create("redacteur", PASSWORD, Role.EDITOR, false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        var created = editorial.create(Map.of("name", XSS, "kind", "respite_care", "summary", XSS));
        xssId = created.id();
        editorial.publish(xssId, created.version());
        // Two published entries on one website with alike names: a likely duplicate on the overview.
        for (String name : List.of("Logeerhuis De Overzichtvlinder", "De Overzichtvlinder logeerhuis")) {
            var twin = editorial.create(Map.of("name", name, "kind", "respite_care", "url", "https://www.overzichtvlinder-test.nl/"));
            editorial.publish(twin.id(), twin.version());
            twinId = twin.id();
        }
        // The only respite house for children with EMB: Den Helder has it within 20 km, other places have a gap.
        var emb = editorial.create(Map.of("name", "Logeerhuis De Meervoudige Duinster", "kind", "respite_care",
                "municipality", "Den Helder", "forWhom", "kind", "targetConditions", "emb"));
        editorial.publish(emb.id(), emb.version());
        SecurityContextHolder.clearContext();
        browser = new BrowserSession();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        FileSystemUtils.deleteRecursively(dataDir.toFile());
    }

    @Test
    void an_anonymous_visitor_of_the_editors_area_gets_the_dutch_login_and_an_editor_gets_in() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/redactie"));
        assertThat(page).hasURL(Pattern.compile(".*/redactie/login$"));
        assertThat(page.getByText("Inloggen voor redacteuren")).isVisible();

        page.locator("vaadin-login-form input[name=username]").fill("redacteur");
        page.locator("vaadin-login-form input[name=password]").fill("verkeerd-wachtwoord");
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.getByText("De gebruikersnaam of het wachtwoord klopt niet", new Page.GetByTextOptions())).isVisible();

        login(page);
        page.locator("vaadin-text-field input").first().fill("Linawijs");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Linawijs")).first()).isVisible();
    }

    @Test
    void in_app_navigation_of_an_anonymous_visitor_to_an_editor_view_lands_on_the_login() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/zoeken?q=logeren"));
        assertThat(page.locator(".wegwijs-card").first()).isVisible();
        // A history change is routed inside the running UI, where Spring's path rules never look.
        page.evaluate("() => { window.history.pushState({}, '', 'redactie/bronnen');"
                + " window.dispatchEvent(new PopStateEvent('popstate')); }");
        assertThat(page.getByText("Inloggen voor redacteuren")).isVisible();
        assertThat(page.locator("vaadin-grid")).hasCount(0);
    }

    @Test
    void a_wrong_phone_number_is_explained_in_dutch_next_to_the_field() {
        Page page = browser.newPage(1280, 900);
        login(page);
        page.getByText("Nieuw aanbod").click();
        page.locator("[data-field=name] input").fill("Testvoorziening");
        page.locator("[data-field=phone] input").fill("12345");
        page.getByText("Opslaan").click();
        assertThat(page.getByText("Vul een Nederlands telefoonnummer in").first()).isVisible();
    }

    @Test
    void a_category_is_picked_from_the_list_saved_and_the_preview_shows_the_unsaved_draft_as_parents_see_it() {
        Page page = browser.newPage(1280, 900);
        login(page);
        page.getByText("Nieuw aanbod").click();
        page.locator("[data-field=name] input").fill("Logeerhuis Keuzelijst");
        page.locator("[data-field=categories] input").fill("ervaringsverh");
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("ervaringsverhalen")).click();
        page.keyboard().press("Escape");
        page.locator("[data-field=municipality] input").fill("Culemb");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Culemborg")).click();
        page.locator("[data-field=forWhom] input").fill("Broers");
        page.locator("vaadin-multi-select-combo-box-item:visible", new Page.LocatorOptions().setHasText("Broers en zussen")).click();
        page.keyboard().press("Escape");
        page.locator("[data-field=targetConditions] input").fill("meervoudig");
        page.locator("vaadin-multi-select-combo-box-item:visible",
                new Page.LocatorOptions().setHasText("ernstig meervoudig beperkt (EMB)")).click();
        page.keyboard().press("Escape");
        page.getByText("Opslaan").click();
        assertThat(page.getByText("Opgeslagen.")).isVisible();

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            var fields = editorial.load("logeerhuis-keuzelijst").fields();
            org.assertj.core.api.Assertions.assertThat(fields).containsEntry("categories", "ervaringsverhalen")
                    .containsEntry("municipality", "Culemborg").containsEntry("forWhom", "brussen")
                    .containsEntry("targetConditions", "emb");
        } finally {
            SecurityContextHolder.clearContext();
        }

        // An unsaved change shows in the preview, as text; the stored entry keeps its saved name.
        page.locator("[data-field=name] input").fill("Logeerhuis <b>Voorbeeld</b>");
        page.getByText("Voorbeeld", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".wegwijs-preview-note")).containsText("Zo ziet de pagina eruit voor ouders");
        var dialog = page.locator("div.wegwijs-entry");
        assertThat(dialog.locator("h1")).hasText("Logeerhuis <b>Voorbeeld</b>");
        assertThat(dialog.locator("b")).hasCount(0);
        assertThat(dialog.locator(".wegwijs-facts")).containsText("ervaringsverhalen");
        assertThat(dialog.locator(".wegwijs-facts")).containsText("Culemborg");
        assertThat(dialog.locator(".wegwijs-facts")).containsText("ernstig meervoudig beperkt (EMB)");
        assertThat(dialog.locator(".wegwijs-facts")).containsText("Broers en zussen");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            org.assertj.core.api.Assertions.assertThat(editorial.load("logeerhuis-keuzelijst").fields().get("name"))
                    .isEqualTo("Logeerhuis Keuzelijst");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void script_in_a_field_is_shown_as_text_and_never_runs() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/aanbod/" + xssId));
        assertThat(page.locator("h1")).containsText("<img src=x");
        assertThat(page.locator("img[src=x]")).hasCount(0);

        login(page);
        page.locator("vaadin-text-field input").first().fill("logeerhuis");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("onerror")).first()).isVisible();
        page.waitForTimeout(500);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.xssFired === undefined")).isEqualTo(true);
    }

    @Test
    void the_overview_counts_the_unverified_entries_and_a_duplicate_row_opens_the_entry_in_the_editor() {
        Page page = browser.newPage(1280, 900);
        login(page);
        page.navigate(url("/redactie/overzicht"));
        String cutoff = java.time.LocalDate.now().minusMonths(12)
                .format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(Locale.of("nl")));
        assertThat(page.getByText(Pattern.compile("^\\d+ vermeldingen niet gecontroleerd sinds " + cutoff + "$"))).isVisible();
        assertThat(page.getByText(Pattern.compile("^[1-9]\\d* keer twee vermeldingen die mogelijk dubbel zijn$"))).isVisible();

        page.locator("vaadin-grid[data-gap=DUPLICATES] a[data-entry='" + twinId + "']").click();
        assertThat(page).hasURL(Pattern.compile(".*/redactie\\?id=" + twinId + "$"));
        assertThat(page.locator("[data-field=name] input")).hasValue("De Overzichtvlinder logeerhuis");
    }

    @Test
    void the_coverage_table_marks_gaps_and_downloads_as_a_csv_for_dutch_excel() throws Exception {
        Page page = browser.newPage(1280, 900);
        login(page);
        page.navigate(url("/redactie/dekking"));
        // The first screen a fresh dev-mode server builds can take long on a loaded machine.
        assertThat(page.locator("h1")).hasText("Dekking per plaats",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.getByText(Pattern.compile("^\\d+ gaten bij [1-9]\\d* plaatsen$"))).isVisible();
        assertThat(page.locator("vaadin-grid[data-coverage] .coverage-gap").first()).hasText("0 (gat)");

        var download = page.waitForDownload(() -> page.locator(".coverage-csv").click());
        byte[] csv = java.nio.file.Files.readAllBytes(download.path());
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(text).startsWith("\uFEFFplaats;provincie;soort;voor wie;aantal binnen 30 km\r\n")
                .contains(";Logeren en respijtzorg;Kind;");
    }

    @Test
    void a_condition_picked_on_the_coverage_screen_is_in_the_address_and_a_reload_shows_the_same_table() throws Exception {
        Page page = browser.newPage(1280, 900);
        login(page);
        page.navigate(url("/redactie/dekking?voor=kind&km=20"));
        assertThat(page.locator("h1")).hasText("Dekking per plaats",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        Locator selects = page.locator("vaadin-select");
        assertThat(selects.nth(0).locator("vaadin-select-value-button")).hasText("Kind");
        assertThat(selects.nth(2).locator("vaadin-select-value-button")).hasText("20 km");

        selects.nth(1).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("ernstig meervoudig beperkt (EMB)")).click();
        // Any order: Vaadin's QueryParameters keeps no order.
        assertThat(page).hasURL(Pattern.compile(".*/redactie/dekking\\?(?=.*\\bvoor=kind\\b)(?=.*\\baandoening=emb\\b)(?=.*\\bkm=20\\b).*"));
        Locator summary = page.getByText(Pattern.compile(
                "^\\d+ gaten bij [1-9]\\d* plaatsen\\. Alleen vermeldingen die “ernstig meervoudig beperkt \\(EMB\\)” noemen tellen mee\\.$"));
        assertThat(summary).isVisible();
        String table = summary.textContent();

        page.reload();
        assertThat(summary).hasText(table);
        assertThat(selects.nth(0).locator("vaadin-select-value-button")).hasText("Kind");
        assertThat(selects.nth(1).locator("vaadin-select-value-button")).hasText("ernstig meervoudig beperkt (EMB)");
        assertThat(selects.nth(2).locator("vaadin-select-value-button")).hasText("20 km");

        var download = page.waitForDownload(() -> page.locator(".coverage-csv").click());
        String csv = java.nio.file.Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv)
                .startsWith("\uFEFFplaats;provincie;soort;voor wie;aantal binnen 20 km voor ernstig meervoudig beperkt (EMB)\r\n");
        org.assertj.core.api.Assertions.assertThat(csv.lines()
                        .filter(l -> l.startsWith("Den Helder;") && l.contains(";Logeren en respijtzorg;Kind;")))
                .singleElement().satisfies(line -> org.assertj.core.api.Assertions.assertThat(line).endsWith(";1"));
        org.assertj.core.api.Assertions.assertThat(csv.lines()
                        .filter(l -> l.startsWith("Den Helder;") && l.contains(";Logeren en respijtzorg;Brussen;")))
                .singleElement().satisfies(line -> org.assertj.core.api.Assertions.assertThat(line).endsWith(";0"));
    }

    @Test
    void a_search_that_found_nothing_appears_for_editors_and_becomes_a_task_with_who_and_when(@Autowired ZeroResultCounter counter) {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/zoeken?q=%20%20Wibbelplof%20%20KWASTZORG"));
        assertThat(page.getByText("Niets gevonden").first()).isVisible();
        counter.flush();

        login(page);
        page.navigate(url("/redactie/zoekvragen"));
        String query = "wibbelplof kwastzorg";
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(query)).first()).isVisible();
        assertThat(page.locator("[data-status-of='" + query + "']")).containsText("Open");
        assertThat(page.getByText("Vindt nog niets").first()).isVisible();

        page.locator("vaadin-button[data-action=provision][data-query='" + query + "']").click();
        page.locator("[data-field=note] textarea").fill("Vraag de gemeente Tiel");
        page.locator("vaadin-button[data-action=save]").click();

        assertThat(page.locator("[data-status-of='" + query + "']")).containsText("Taak: aanbod zoeken");
        assertThat(page.locator("[data-status-of='" + query + "']")).containsText("Vraag de gemeente Tiel");
        assertThat(page.locator("[data-status-of='" + query + "']")).containsText("Door redacteur");
        assertThat(page.locator("vaadin-button[data-action=done][data-query='" + query + "']")).isVisible();
    }

    @Test
    void a_synonym_an_editor_adds_makes_the_search_find_results_at_once(@Autowired ZeroResultCounter counter) {
        Page page = browser.newPage(1280, 900);
        // When this test runs first, its search is the first page dev mode serves: allow a slow start.
        page.setDefaultTimeout(60_000);
        String query = "gnurpelhulp";
        page.navigate(url("/zoeken?q=" + query));
        assertThat(page.getByText("Niets gevonden").first()).isVisible();
        counter.flush();

        login(page);
        page.navigate(url("/redactie/zoekvragen"));
        assertThat(page.getByText("Een synoniem werkt meteen", new Page.GetByTextOptions().setExact(false))).isVisible();
        page.locator("vaadin-button[data-action=synonym][data-query='" + query + "']").click();
        page.locator("[data-field=words] input").fill("de, het");
        page.locator("vaadin-button[data-action=save]").click();
        assertThat(page.getByText("Een van de woorden is een klein woord", new Page.GetByTextOptions().setExact(false)).first())
                .isVisible();
        page.locator("[data-field=words] input").fill("Linawijs");
        page.locator("vaadin-button[data-action=save]").click();
        assertThat(page.locator("[data-status-of='" + query + "']")).containsText("Synoniem werkt");
        assertThat(page.getByText(Pattern.compile("^Vindt nu [1-9]\\d* resultaten$")).first()).isVisible();

        // Without a restart: a visitor's search for the same text now finds the entry and says why.
        page.navigate(url("/zoeken?q=" + query));
        assertThat(page.getByText(Pattern.compile("Ook gezocht op: .*Linawijs"))).isVisible();
        assertThat(page.getByText("Niets gevonden")).hasCount(0);
    }

    @Test
    void an_editor_checks_a_small_csv_imports_it_and_sees_the_finished_progress_with_the_count() {
        Page page = browser.newPage(1280, 900);
        // When this test runs first, the login page is the first page dev mode serves: allow a slow start.
        page.setDefaultTimeout(60_000);
        login(page);
        page.locator("nav.editor-menu a", new Page.LocatorOptions().setHasText("Importeren")).click();
        assertThat(page).hasURL(Pattern.compile(".*/redactie/import$"));
        String csv = "id;name;kind;url\n"
                + "proef-een;Proefimport Logeerhuis Een;respite_care;https://een.example.nl\n"
                + "proef-twee;Proefimport Logeerhuis Twee;respite_care;https://twee.example.nl\n"
                + "proef-drie;Proefimport Logeerhuis Drie;respite_care;https://drie.example.nl\n";
        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("proef.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(page.locator("#import-summary")).containsText("3 records gelezen, geen fouten");
        assertThat(page.locator("#import-summary")).containsText("Er is nog niets opgeslagen");
        Locator importButton = page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Importeren"));
        importButton.click();

        assertThat(page.locator("[data-task=IMPORT]")).containsText("Klaar: 3 records geïmporteerd");
        assertThat(page.locator("[data-task=IMPORT] vaadin-progress-bar")).isVisible();
        assertThat(importButton).isDisabled();
        page.locator("nav.editor-menu a", new Page.LocatorOptions().setHasText("Aanbod")).click();
        page.locator("vaadin-text-field input").first().fill("Proefimport Logeerhuis");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Proefimport Logeerhuis Drie")))
                .isVisible();
    }

    private void login(Page page) {
        page.navigate(url("/redactie/login"));
        page.locator("vaadin-login-form input[name=username]").fill("redacteur");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        // Spring's request cache marks the return to the saved page with ?continue.
        assertThat(page).hasURL(Pattern.compile(".*/redactie(\\?continue)?$"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
