package org.dyad.web.module;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.dyad.web.journeys.PluginAppTestBase;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): how long after a clinic admin enables a
 * module another open session of the same clinic can use it. Each round disables the example module, then measures
 * from the admin's click on "Enable" to (1) the menu entry appearing in the consultant's open page (pushed, no reload)
 * and (2) the consultant's click on it showing the module page. Run with {@code bench/startup-and-enable.sh} or
 * {@code ./mvnw -o -pl web-ui verify -Dit.test=EnableLatencyBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EnableLatencyBenchmark extends PluginAppTestBase {

    private static final Logger log = LoggerFactory.getLogger(EnableLatencyBenchmark.class);
    private static final String LABEL = "Example notes";

    @Test
    void enable_to_usable_in_another_open_session_of_the_clinic() {
        int rounds = Integer.getInteger("bench.rounds", 10);
        List<Double> toMenu = new ArrayList<>();
        List<Double> toPage = new ArrayList<>();
        try (Browser browser = new Browser()) {
            Page consultant = signIn(browser, "willow.consultant");
            Page admin = signIn(browser, "willow.admin");
            admin.navigate(base() + "staff/admin/modules");
            Locator toggle = admin.getByLabel("Enable " + LABEL);
            toggle.waitFor();
            for (int i = 0; i <= rounds; i++) {
                disable(admin, toggle, consultant);
                long start = System.nanoTime();
                toggle.click();
                entry(consultant).waitFor();
                long menu = System.nanoTime();
                entry(consultant).click();
                consultant.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(LABEL)).waitFor();
                long page = System.nanoTime();
                if (i > 0) {
                    toMenu.add((menu - start) / 1e6);
                    toPage.add((page - start) / 1e6);
                }
                consultant.locator("vaadin-side-nav-item[path='staff']").click();
                consultant.waitForURL(Pattern.compile(".*/staff$"));
            }
        }
        log.info("Enable → menu entry in another open session: {}", summary(toMenu));
        log.info("Enable → module page open in another open session: {}", summary(toPage));
        log.info("Target ≤ 1000 ms (median, enable → page open): {}",
                percentile(toPage, 50) <= 1000 ? "met" : "MISSED");
    }

    private Page signIn(Browser browser, String username) {
        Page page = browser.desktop();
        Browser.login(page, base(), username, DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        return page;
    }

    private static void disable(Page admin, Locator toggle, Page consultant) {
        toggle.click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable")).click();
        entry(consultant).waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }

    private static Locator entry(Page page) {
        return page.locator("vaadin-side-nav.dyad-module-nav > vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText(LABEL));
    }

    private static String summary(List<Double> millis) {
        return "median %.0f ms, p90 %.0f ms, max %.0f ms over %d rounds %s".formatted(percentile(millis, 50),
                percentile(millis, 90), percentile(millis, 100), millis.size(),
                millis.stream().map(m -> "%.0f".formatted(m)).toList());
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
