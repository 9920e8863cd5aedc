package org.dyad.web.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * The breathing coach in the whole app, loaded from its jar: a parent on a phone (390×844) breathes the clinic's
 * default pattern from the portal card while the test measures every phase boundary against its schedule; the
 * before/after check lands in the consultant's history; the night palette; the staff page for clinic patterns.
 * axe-core checks every page and state visited; the controls are used by keyboard.
 */
class BreathingJourneyIT extends PluginAppTestBase {

    /** Let-down calm (in 4 · hold 2 · out 6, 3 cycles): when each phase and the end are due, in ms from the start. */
    private static final long[] SCHEDULE = {0, 4000, 6000, 12000, 16000, 18000, 24000, 28000, 30000, 36000};
    private static final List<String> PHASES = List.of("inhale", "hold-in", "exhale", "inhale", "hold-in", "exhale",
            "inhale", "hold-in", "exhale", "end");
    private static final double TOLERANCE_MS = 100;

    @Test
    void a_parent_breathes_the_default_pattern_on_time_and_the_before_after_check_reaches_the_consultant() {
        Page page = browser.phone();
        openCoach(page, "parent.maya");
        page.getByLabel("4", new Page.GetByLabelOptions().setExact(true)).check();
        press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begin")), "Enter");

        page.waitForSelector(".dyad-pacer[data-state=running]");
        usePalette(page, false);
        page.waitForSelector(".dyad-pacer[data-phase=inhale][data-cycle='1'] .dyad-pacer__count:text-is('3')");
        Browser.screenshot(page, "breathing-inhale");
        page.waitForSelector(".dyad-pacer[data-phase=exhale][data-cycle='1'] .dyad-pacer__count:text-is('3')");
        Browser.screenshot(page, "breathing-exhale");
        page.waitForSelector(".dyad-pacer[data-state=finished]",
                new Page.WaitForSelectorOptions().setTimeout(60_000));

        assertEveryBoundaryOnSchedule(pacerLog(page));
        assertThat(page.getByText("Well done. You breathed 3 of 3 cycles.")).isVisible();
        Browser.assertAccessible(page);
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Saved.")).isVisible();
        Browser.assertAccessible(page);
        page.context().close();

        assertTheConsultantSeesTheSession("Maya", "Let-down calm", "3 of 3", "4 → 2");
    }

    @Test
    void the_night_palette_is_dim_and_escape_stops_early_which_is_saved_as_partial() {
        Page page = browser.phone();
        openCoach(page, "parent.sofia");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begin")).click();
        page.waitForSelector(".dyad-pacer[data-state=running]");
        usePalette(page, true);
        page.waitForSelector(".dyad-pacer[data-phase=inhale] .dyad-pacer__count:text-is('3')");
        assertThat(page.locator(".dyad-breathe")).hasCSS("background-color", "rgb(11, 14, 18)");
        Browser.screenshot(page, "breathing-night");
        Browser.assertAccessible(page);
        for (int i = 0; i < 7; i++) {
            page.keyboard().press(i % 3 == 2 ? "Shift+Tab" : "Tab");
            assertThat(page.locator(".dyad-breathe :focus")).hasCount(1);
        }

        page.keyboard().press("Escape");
        assertThat(page.getByText("Stopped after 0 of 3 cycles. That counts too.")).isVisible();
        assertThat(page.locator(".dyad-pacer")).hasAttribute("data-state", "stopped");
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip")).click();
        assertThat(page.getByText("Saved.")).isVisible();
        page.context().close();
    }

    @Test
    void staff_add_a_clinic_pattern_after_a_refusal_and_choose_what_the_portal_offers_first() {
        Page page = browser.desktop();
        Browser.login(page, base(), "harbor.consultant", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        page.navigate(base() + "staff/breathing-coach/patterns");
        page.waitForSelector("h2:has-text('Breathing patterns')");
        Browser.assertAccessible(page);

        field(page, "Name").fill("Box breathing");
        field(page, "Exhale (s)").fill("25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add pattern")).click();
        assertThat(page.getByText("Exhale must be between 1 and 20 seconds.")).isVisible();
        Browser.assertAccessible(page);
        field(page, "Exhale (s)").fill("8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add pattern")).click();
        assertThat(page.getByText("This clinic already has a pattern named \u201cBox breathing\u201d.")).isVisible();
        assertThat(page.getByText("Exhale must be between 1 and 20 seconds.")).isHidden();

        field(page, "Name").fill("Harbor evening");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add pattern")).click();
        assertThat(page.getByText("Pattern Harbor evening added.")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("in 4 · hold 2 · out 8")))
                .hasCount(1);
        chooseDefault(page, "Harbor evening");
        assertThat(page.getByText("The portal now offers Harbor evening first.")).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "breathing-patterns");
        chooseDefault(page, "Let-down calm");
        page.context().close();
    }

    private void openCoach(Page page, String parent) {
        Browser.login(page, base(), parent, DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/portal$"));
        Locator card = page.locator(".dyad-breathing-card");
        assertThat(card).containsText("Let-down calm · in 4 · hold 2 · out 6 · 3 cycles");
        Browser.assertAccessible(page);
        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start")).click();
        page.waitForURL(Pattern.compile(".*/portal/breathing-coach.*"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begin"))).isVisible();
        Browser.assertAccessible(page);
    }

    private void assertTheConsultantSeesTheSession(String parent, String... cells) {
        Page page = browser.desktop();
        Browser.login(page, base(), "willow.consultant", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        page.navigate(base() + "staff/clients");
        page.locator("input[placeholder='Search by parent or baby name']").fill(parent);
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(parent)).first().click();
        page.waitForURL(Pattern.compile(".*/staff/clients/\\d+$"));
        press(page.locator("vaadin-details-summary", new Page.LocatorOptions().setHasText("Breathing")), "Enter");
        for (String cell : cells) {
            assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(cell)).first())
                    .isVisible();
        }
        Browser.assertAccessible(page);
        page.context().close();
    }

    /**
     * Switches the palette with the toggle, by keyboard, until it is the one wanted (the coach opens in the night
     * palette between 21:00 and 06:00 clinic time).
     */
    private static void usePalette(Page page, boolean night) {
        Locator toggle = page.locator(".dyad-breathe__top vaadin-button");
        boolean isNight = page.locator(".dyad-breathe--night").count() > 0;
        if (isNight != night) {
            press(toggle, "Enter");
        }
        assertThat(toggle).hasText(night ? "Day" : "Night");
        assertThat(page.locator(".dyad-breathe--night")).hasCount(night ? 1 : 0);
    }

    private static void chooseDefault(Page page, String name) {
        page.getByLabel("Offered first in the portal").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(name)).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save default")).click();
        assertThat(page.getByText("The portal now offers " + name + " first.")).isVisible();
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static void press(Locator control, String key) {
        control.focus();
        control.press(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> pacerLog(Page page) {
        return (List<Map<String, Object>>) page.evaluate("() => window.__dyadPacerLog");
    }

    private static void assertEveryBoundaryOnSchedule(List<Map<String, Object>> log) {
        assertThat(log).extracting(entry -> entry.get("phase")).containsExactlyElementsOf(PHASES);
        for (int i = 0; i < SCHEDULE.length; i++) {
            double actual = ((Number) log.get(i).get("actual")).doubleValue();
            assertThat(actual).as("boundary %d (%s, cycle %s)", i, log.get(i).get("phase"), log.get(i).get("cycle"))
                    .isCloseTo(SCHEDULE[i], within(TOLERANCE_MS));
        }
    }
}
