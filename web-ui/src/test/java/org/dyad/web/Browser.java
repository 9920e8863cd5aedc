package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Headless Debian Chromium through Playwright, with an axe-core check of every page a test visits. */
public final class Browser implements AutoCloseable {

    private static final String QUIET = """
            () => {
              const clients = Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {});
              const busy = clients.some(c => c.isActive && c.isActive())
                  || document.querySelector('[opening], [closing]') !== null;
              const now = performance.now();
              if (busy) { window.__dyadQuietSince = undefined; return false; }
              if (window.__dyadQuietSince === undefined) { window.__dyadQuietSince = now; return false; }
              return now - window.__dyadQuietSince > 150;
            }""";

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public Page desktop() {
        return browser.newContext(new NewContextOptions().setViewportSize(1280, 900)).newPage();
    }

    public Page phone() {
        return browser.newContext(new NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
                .setDeviceScaleFactor(2)).newPage();
    }

    /** Fails on serious or critical accessibility violations of the page as it is now. */
    public static void assertAccessible(Page page) {
        // Wait until Vaadin has answered and no overlay is fading in or out, for 150 ms in a row: axe would otherwise
        // measure contrast mid-animation.
        page.evaluate("() => { window.__dyadQuietSince = undefined; }");
        page.waitForFunction(QUIET, null, new Page.WaitForFunctionOptions().setPollingInterval(50));
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa")).analyze();
        List<String> bad = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Browser::describe).toList();
        assertThat(bad).as("serious or critical axe-core violations on " + page.url()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
    }

    /**
     * Saves a screenshot to {@code web-ui/target/screenshots}; with {@code -Ddyad.screenshots.update=true} also to
     * {@code docs/screenshots}, so that an ordinary test run leaves the tree clean.
     */
    public static void screenshot(Page page, String name) {
        String root = System.getProperty("dyad.repo.root", "..");
        Path file = Paths.get(root, "web-ui", "target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
        if (Boolean.getBoolean("dyad.screenshots.update")) {
            try {
                java.nio.file.Files.copy(file, Paths.get(root, "docs", "screenshots", name + ".png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    public static void login(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
