package nl.wegwijs.portal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's chromium, headless, driven by Playwright. The flags keep chromium from calling home,
 * which this network refuses (and which a privacy-first portal must not need anyway). A test class holds
 * one as a static {@code @RegisterExtension} field, and JUnit closes it after the class's last test.
 */
public final class BrowserSession implements AutoCloseable, AfterAllCallback {

    private final Playwright playwright;
    private final Browser browser;

    public BrowserSession() {
        // Vaadin's first page in dev mode can take a few seconds on a busy 2-core machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("wegwijs.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    public Page newPage(int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("nl-NL")).newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
