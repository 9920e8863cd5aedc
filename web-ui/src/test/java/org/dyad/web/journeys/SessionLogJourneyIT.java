package org.dyad.web.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's journey in headless Chromium: a parent on a 390×844 phone starts a breastfeed timer, switches side, closes
 * the page and comes back to find it still running (it lives on the server), stops it and logs a pump of 60 / 45 ml;
 * the consultant then sees both in the dyad's charts. axe-core checks every page visited.
 */
class SessionLogJourneyIT extends PluginAppTestBase {

    @Test
    void a_timer_survives_a_closed_page_and_the_consultant_sees_the_feed_and_the_pump_in_the_charts() {
        Page phone = openPortalLog();
        Browser.assertAccessible(phone);
        button(phone, "Start left").click();
        assertThat(phone.locator("#timer")).containsText("Feeding on the left");
        button(phone, "Switch side").click();
        assertThat(phone.locator("#timer")).containsText("Feeding on the right");
        Browser.assertAccessible(phone);
        phone.context().close();

        Page again = openPortalLog();
        assertThat(again.locator("#timer")).containsText("Feeding on the right");
        button(again, "Stop").click();
        assertThat(again.locator("#timer")).isHidden();
        assertThat(again.locator(".session-log-entry").filter(new Locator.FilterOptions().setHasText("Breastfeed")))
                .hasCount(1);
        assertThat(again.locator("#feed-status")).containsText("last: right · next: left");

        button(again, "+ Pump").click();
        again.getByLabel("Left (ml)").fill("60");
        again.getByLabel("Right (ml)").fill("45");
        Browser.assertAccessible(again);
        button(again, "Save").click();
        assertThat(again.locator(".session-log-entry").filter(new Locator.FilterOptions().setHasText("Pump 60 / 45 ml")))
                .hasCount(1);
        Browser.assertAccessible(again);
        Browser.screenshot(again, "session-log-portal");
        again.context().close();

        Page staff = browser.desktop();
        Browser.login(staff, base(), "willow.consultant", DemoData.PASSWORD);
        staff.waitForURL(Pattern.compile(".*/staff$"));
        staff.navigate(base() + "staff/session-log");
        staff.getByLabel("Dyad (logged in the last 14 days)").click();
        staff.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("Maya Okafor · Zuri")))
                .click();
        Locator volumes = chartTable(staff, "Volumes per day");
        assertThat(volumes.locator("tbody tr").last().locator("td").first()).hasText("105");
        Locator removals = chartTable(staff, "Removals per day");
        assertThat(removals.locator("tbody tr").last().locator("td").first()).hasText("2");
        assertThat(staff.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Pump 60 / 45 ml"))).hasCount(1);
        Browser.assertAccessible(staff);
        Browser.screenshot(staff, "session-log-staff-charts");
        staff.context().close();
    }

    private Page openPortalLog() {
        Page page = browser.phone();
        Browser.login(page, base(), "parent.maya", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/portal$"));
        page.navigate(base() + "portal/session-log");
        page.locator("#feed-status").waitFor();
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator chartTable(Page page, String title) {
        return page.locator("table").filter(new Locator.FilterOptions().setHas(
                page.locator("caption", new Page.LocatorOptions().setHasText(title))));
    }
}
