package nl.wegwijs.portal.crawling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import nl.wegwijs.WegwijsApplication;
import nl.wegwijs.backend.security.Accounts;
import nl.wegwijs.backend.security.Role;
import nl.wegwijs.portal.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An editor adds a source, crawls it now and watches the run finish; the screens are closed to visitors. */
@SpringBootTest(classes = WegwijsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wegwijs.crawler.allow-local=true", "wegwijs.crawler.politeness-delay=10ms"})
class CrawlScreensBrowserTest {

    private static final String PASSWORD = "een-lang-crawlwachtwoord";
    private static final String PAGE = """
            <html><head><title>Logeerhuis Testvlinder</title><script type="application/ld+json">
            {"@type":"LocalBusiness","name":"Logeerhuis Testvlinder","telephone":"010-7654321",
             "address":{"postalCode":"3011 AB","addressLocality":"Rotterdam"}}</script></head>
            <body><h1>Logeerhuis Testvlinder</h1></body></html>""";
    private static BrowserSession browser;
    private static HttpServer site;

    @LocalServerPort
    int port;

    @BeforeAll
    static void setUp(@Autowired Accounts accounts) throws Exception {
        accounts.create("crawlredacteur", PASSWORD, Role.EDITOR, false);
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            byte[] body = (exchange.getRequestURI().getPath().equals("/robots.txt") ? "User-agent: *\nAllow: /\n" : PAGE)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", exchange.getRequestURI().getPath().endsWith(".txt")
                    ? "text/plain" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        browser = new BrowserSession();
    }

    @AfterAll
    static void tearDown() {
        browser.close();
        site.stop(0);
    }

    @Test
    void a_visitor_who_is_no_editor_gets_the_login_instead_of_the_sources() {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/redactie/bronnen"));
        assertThat(page).hasURL(Pattern.compile(".*/redactie/login$"));
    }

    @Test
    void an_editor_adds_a_source_crawls_it_now_and_sees_the_run_finish_with_its_counts() {
        Page page = browser.newPage(1280, 1200);
        login(page);
        page.navigate(url("/redactie/bronnen"));
        assertThat(page.getByText("Bronnen voor de crawler")).isVisible();
        page.getByText("Nieuwe bron").first().click();
        page.locator("#source-name input").fill("Testvlinder");
        page.locator("#source-start-urls textarea").fill("http://127.0.0.1:" + site.getAddress().getPort() + "/");
        page.getByText("Opslaan").click();
        assertThat(page).hasURL(Pattern.compile(".*/redactie/bronnen/testvlinder$"));

        page.getByText("Nu crawlen").click();

        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("klaar")).first()).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("FINISHED")).first()).isVisible();

        page.navigate(url("/redactie/links"));
        assertThat(page.getByText("Kapotte en verhuisde links")).isVisible();
    }

    private void login(Page page) {
        page.navigate(url("/redactie/login"));
        page.locator("vaadin-login-form input[name=username]").fill("crawlredacteur");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/redactie$"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
