package nl.wegwijs.portal.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import nl.wegwijs.WegwijsApplication;
import nl.wegwijs.backend.security.Accounts;
import nl.wegwijs.backend.security.Role;
import nl.wegwijs.portal.BrowserSession;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * A closed public tab is forgotten by the server within minutes, an editor's session is not: the
 * timeouts Tomcat really holds for a visitor's and an editor's session (same context as the search flow).
 */
@SpringBootTest(classes = WegwijsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionTimeoutBrowserTest {

    private static final String PASSWORD = "een-lang-wachtwoord-voor-de-timeout";
    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @BeforeAll
    static void setUp(@Autowired Accounts accounts) {
        accounts.create("redacteur-timeout", PASSWORD, Role.EDITOR, false);
        browser = new BrowserSession();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void a_visitor_session_lasts_five_idle_minutes_and_an_editor_login_restores_thirty() {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/zoeken?q=logeren");
        assertThat(page.locator(".wegwijs-card").first()).isVisible();
        assertThat(serverSession(page).getMaxInactiveInterval()).isEqualTo(5 * 60);

        page.navigate("http://localhost:" + port + "/redactie/login");
        page.locator("vaadin-login-form input[name=username]").fill("redacteur-timeout");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/redactie(\\?continue)?$"));
        assertThat(serverSession(page).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void an_open_public_tab_sends_a_heartbeat_every_minute() {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/");
        page.locator("h1").first().waitFor();
        // The heartbeat keeps an open tab's session alive; a closed tab stops it, so its session expires.
        // The interval is what the server tells each new UI in its start-up answer.
        String init = page.request().get("http://localhost:" + port + "/?v-r=init&location=&query=").text();
        assertThat(init).contains("\"heartbeatInterval\":60,");
    }

    private Session serverSession(Page page) {
        String id = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID"))
                .findFirst().orElseThrow().value;
        Context webapp = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            return webapp.getManager().findSession(id);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
