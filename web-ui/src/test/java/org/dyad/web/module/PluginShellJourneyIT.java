package org.dyad.web.module;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.dyad.web.journeys.PluginAppTestBase;
import org.junit.jupiter.api.Test;

/**
 * The first-party plugins inside the host shell, loaded from real jars: their menu entries, their main pages, their
 * sections on a client record and their cards on a parent's phone. axe-core checks every page.
 */
class PluginShellJourneyIT extends PluginAppTestBase {

    @Test
    void a_consultant_sees_the_module_menu_and_opens_every_module_page() {
        Page page = browser.desktop();
        Browser.login(page, base(), "willow.consultant", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        Locator moduleItems = page.locator("vaadin-side-nav.dyad-module-nav > vaadin-side-nav-item");
        moduleItems.first().waitFor();
        List<String> labels = moduleItems.allInnerTexts().stream().map(String::strip).toList();
        assertThat(labels).contains("Session log", "Education library", "Note templates", "Example notes");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "staff-dashboard-modules");

        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) moduleItems.evaluateAll("items => items.map(i => i.getAttribute('path'))");
        assertThat(paths).allMatch(p -> p.startsWith("staff/"));
        for (String path : paths) {
            openModulePage(page, path);
        }
        page.context().close();
    }

    @Test
    void a_consultant_opens_the_module_sections_of_a_client_record() {
        Page page = browser.desktop();
        Browser.login(page, base(), "willow.consultant", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        page.navigate(base() + "staff/clients");
        page.locator("input[placeholder='Search by parent or baby name']").fill("Okafor");
        page.waitForFunction("() => document.querySelector('vaadin-grid').size === 1");
        page.locator("vaadin-grid-cell-content:has-text('Maya Okafor')").first().click();
        page.waitForURL(Pattern.compile(".*/staff/clients/\\d+$"));
        Locator sections = page.locator("vaadin-details.dyad-record-section");
        sections.first().waitFor();
        List<String> labels = sections.locator("vaadin-details-summary").allInnerTexts();
        assertThat(labels).contains("Session log", "Notes", "Reading");
        for (int i = 0; i < sections.count(); i++) {
            Locator section = sections.nth(i);
            section.locator("vaadin-details-summary").click();
            assertThat(section).hasAttribute("opened", "");
            section.locator(":scope > :not(vaadin-details-summary)").first().waitFor();
        }
        assertNoError(page);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "staff-client-record-modules");
        page.context().close();
    }

    @Test
    void a_parent_on_a_phone_sees_module_cards_and_opens_module_pages() {
        Page page = browser.phone();
        Browser.login(page, base(), "parent.maya", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/portal$"));
        Locator cards = page.locator(".dyad-portal-cards > *");
        cards.first().waitFor();
        assertThat(cards.count()).isGreaterThanOrEqualTo(3);
        assertThat(page.locator(".dyad-bottom-nav a").filter(new Locator.FilterOptions().setHasText("Log"))).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "portal-home-modules-phone");
        for (String path : List.of("portal/session-log", "portal/breathing-coach", "portal/education-library",
                "portal/consultant-notes/care-plan")) {
            openModulePage(page, path);
        }
        page.context().close();
    }

    private static void openModulePage(Page page, String path) {
        page.navigate(base() + path);
        page.waitForURL(Pattern.compile(".*/" + Pattern.quote(path) + "$"));
        page.locator("h1, h2").first().waitFor();
        assertNoError(page);
        Browser.assertAccessible(page);
    }

    private static void assertNoError(Page page) {
        String text = page.locator("body").innerText();
        assertThat(text).as(page.url()).doesNotContain("This module is not enabled for your clinic").doesNotContain("Internal error")
                .doesNotContain("Could not navigate").doesNotContain("went wrong");
    }
}
