package nl.wegwijs.portal.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import nl.wegwijs.WegwijsApplication;
import nl.wegwijs.portal.BrowserSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first results arrive in the HTML itself: readable and clickable before Vaadin's script runs (or
 * without it), escaped, replaced by Vaadin's page without ever showing twice, and sent compressed.
 * Same context as the search flow and entry head tests.
 */
@SpringBootTest(classes = WegwijsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServedResultsBrowserTest {

    /** One chromium for the class, closed after its last test (BrowserSession is the extension). */
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void the_served_html_of_a_results_page_carries_the_first_cards_title_and_count() throws Exception {
        Document html = Jsoup.parse(get("/zoeken?q=logeren", "identity").body());
        assertThat(html.title()).isEqualTo("logeren | Zoeken | Wegwijs");
        var served = html.select("#outlet > .wegwijs-served");
        assertThat(served).hasSize(1);
        assertThat(served.select("h1").text()).isEqualTo("Zoeken");
        String count = served.select(".wegwijs-count").text();
        assertThat(count).matches("\\d+ resultaten");
        int total = Integer.parseInt(count.split(" ")[0]);
        assertThat(served.select(".wegwijs-card")).hasSize(Math.min(total, SearchState.PAGE_SIZE)).isNotEmpty();
        assertThat(served.select(".wegwijs-card h3 a").first().attr("href")).isEqualTo("aanbod/logeeropvang");
        assertThat(served.select(".wegwijs-card mark")).isNotEmpty();
        assertThat(served.select("form[action=zoeken] input[name=q]").attr("value")).isEqualTo("logeren");
    }

    @Test
    void the_served_html_of_a_nationwide_fallback_says_so_and_links_the_wider_radius() throws Exception {
        var served = Jsoup.parse(get("/zoeken?q=logeeropvang%20bij%20Tiel", "identity").body()).select(".wegwijs-served");
        assertThat(served.select(".wegwijs-results > .wegwijs-nearby").text())
                .startsWith("Binnen 25 km van Tiel vonden we geen aanbod.");
        assertThat(served.select(".wegwijs-nearby a").attr("href")).contains("place=Tiel").contains("radiusKm=50");
        assertThat(served.select(".wegwijs-count").text()).matches("\\d+ landelijke resultaten");
        assertThat(served.select(".wegwijs-card")).isNotEmpty();
        assertThat(Jsoup.parse(get("/zoeken?q=logeren", "identity").body()).select(".wegwijs-nearby")).isEmpty();
    }

    @Test
    void a_question_with_markup_is_shown_as_text_in_the_served_html() throws Exception {
        String question = "\"><img src=x onerror=alert(1)>logeren";
        String body = get("/zoeken?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8), "identity").body();
        Document html = Jsoup.parse(body);
        assertThat(html.select(".wegwijs-served .wegwijs-card")).isNotEmpty();
        assertThat(html.select("img")).isEmpty();
        assertThat(body).doesNotContain("<img");
        assertThat(html.select(".wegwijs-served input[name=q]").attr("value")).isEqualTo(question);
        assertThat(html.title()).startsWith(question);
    }

    @Test
    void nothing_found_and_other_pages_get_no_served_results() throws Exception {
        assertThat(Jsoup.parse(get("/zoeken?q=xyzzyqwerty", "identity").body()).select(".wegwijs-served")).isEmpty();
        assertThat(Jsoup.parse(get("/kennisbank", "identity").body()).select(".wegwijs-served")).isEmpty();
    }

    @Test
    void before_vaadin_starts_a_parent_reads_accessible_results_and_follows_one() throws Exception {
        Page page = browser.newPage(360, 800);
        // Vaadin's script never arrives: what the parent has is the served HTML, as on a slow line or without JavaScript.
        page.route("**/VAADIN/**", route -> route.abort());
        page.navigate("http://localhost:" + port + "/zoeken?q=linawijs");
        var card = page.locator(".wegwijs-served .wegwijs-card a", new Page.LocatorOptions().setHasText("Linawijs")).first();
        assertThat(card).isVisible();
        Object scroll = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scroll).intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        assertThat(axeViolations(page)).isEmpty();
        card.click();
        assertThat(page).hasURL(Pattern.compile(".*/aanbod/linawijs$"));
        assertThat(page).hasTitle(Pattern.compile("Linawijs"));
    }

    @Test
    void the_served_search_form_works_without_vaadin_and_keeps_the_filters() {
        Page page = browser.newPage(1280, 900);
        page.route("**/VAADIN/**", route -> route.abort());
        page.navigate("http://localhost:" + port + "/zoeken?q=linawijs&for=kind");
        page.getByLabel("Zoeken").first().fill("logeren");
        page.getByLabel("Zoeken").first().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/zoeken\\?q=logeren&.*for=kind.*"));
        assertThat(page.locator(".wegwijs-served .wegwijs-count")).isVisible();
    }

    @Test
    void once_vaadin_draws_the_page_every_card_is_there_exactly_once() {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/zoeken?q=logeren");
        assertThat(page.locator("vaadin-vertical-layout.wegwijs-results-page .wegwijs-card").first()).isVisible();
        assertThat(page.locator(".wegwijs-served")).hasCount(0);
        int total = Integer.parseInt(page.locator(".wegwijs-count").textContent().split(" ")[0]);
        assertThat(page.locator(".wegwijs-card")).hasCount(Math.min(total, SearchState.PAGE_SIZE));
        assertThat(page.locator("h1")).hasCount(1);
    }

    @Test
    void html_style_sheets_and_the_script_bundle_go_out_compressed() throws Exception {
        HttpResponse<String> page = get("/zoeken?q=logeren", "gzip");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(get("/lumo/lumo.css", "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
        String bundle = Jsoup.parse(get("/zoeken?q=logeren", "identity").body()).select("script[type=module][src]").attr("src");
        assertThat(bundle).contains("VAADIN/");
        assertThat(get("/" + bundle.replaceFirst("^\\./", ""), "br, gzip").headers().firstValue("Content-Encoding"))
                .hasValueSatisfying(encoding -> assertThat(List.of("br", "gzip")).contains(encoding));
    }

    private static List<?> axeViolations(Page page) throws Exception {
        String axe = new String(ServedResultsBrowserTest.class.getResourceAsStream("/axe/axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        return (List<?>) page.evaluate("""
                () => axe.run({runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))""");
    }

    @Test
    void a_visitor_whose_browser_names_no_language_reads_dutch_and_one_asking_for_english_reads_english()
            throws Exception {
        // The JVM here (and on most servers) defaults to English; the site's language is Dutch.
        Document silent = Jsoup.parse(get("/zoeken?q=logeren", "identity", null).body());
        assertThat(silent.title()).isEqualTo("logeren | Zoeken | Wegwijs");
        assertThat(silent.select(".wegwijs-count").text()).endsWith("resultaten");
        Document english = Jsoup.parse(get("/zoeken?q=logeren", "identity", "en-GB,en").body());
        assertThat(english.title()).isEqualTo("logeren | Search | Wegwijs");
        assertThat(english.select(".wegwijs-count").text()).endsWith("results");
    }

    private HttpResponse<String> get(String path, String encoding) throws Exception {
        return get(path, encoding, "nl-NL,nl");
    }

    private HttpResponse<String> get(String path, String encoding, String language) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Encoding", encoding);
            if (language != null) {
                request.header("Accept-Language", language);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
