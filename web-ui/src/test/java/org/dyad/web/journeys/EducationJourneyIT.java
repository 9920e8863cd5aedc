package org.dyad.web.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * The education library in the whole app, loaded from its jar: a consultant assigns an article with a personal note
 * to a client; the parent, on a phone (390×844), finds it under "For you" with the note, opens it and marks it read;
 * the consultant then sees it as finished. axe-core checks every page visited; the assignment and "mark as read" are
 * done by keyboard.
 */
class EducationJourneyIT extends PluginAppTestBase {

    private static final String ARTICLE = "Prolactin and why night feeds matter";
    private static final String NOTE = "Zuri's night feeds are doing important work. Read this before Thursday.";

    @Test
    void a_consultant_assigns_an_article_with_a_note_and_sees_it_finished_after_the_parent_reads_it_on_a_phone() {
        Page staff = browser.desktop();
        Browser.login(staff, base(), "willow.consultant", DemoData.PASSWORD);
        staff.waitForURL(Pattern.compile(".*/staff$"));
        theLibraryListsTheStarterArticles(staff);
        try {
            assignWithNote(staff);
        } catch (AssertionError e) {
            staff.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "education-assign-failure.png")));
            throw e;
        }

        Page phone = browser.phone();
        theParentReadsItAndMarksItRead(phone);
        phone.context().close();

        openReading(staff);
        Locator row = staff.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Finished"));
        assertThat(row.first()).isVisible();
        Browser.assertAccessible(staff);
        staff.context().close();
    }

    private void theLibraryListsTheStarterArticles(Page staff) {
        staff.navigate(base() + "staff/education-library");
        staff.waitForSelector("h2:has-text('Education library')");
        assertThat(staff.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(ARTICLE)).first())
                .isVisible();
        Browser.assertAccessible(staff);
        Browser.screenshot(staff, "education-staff-library");
    }

    private void assignWithNote(Page staff) {
        openReading(staff);
        Locator articles = staff.getByLabel("Articles");
        articles.pressSequentially("prolactin");
        Locator item = staff.locator("vaadin-multi-select-combo-box-item",
                new Page.LocatorOptions().setHasText(ARTICLE));
        assertThat(item.first()).isVisible();
        articles.press("ArrowDown");
        articles.press("Enter");
        articles.press("Escape");
        assertThat(staff.locator("vaadin-multi-select-combo-box-chip", new Page.LocatorOptions().setHasText(ARTICLE)))
                .hasCount(1);
        staff.getByLabel("Personal note (optional)").fill(NOTE);
        Browser.assertAccessible(staff);
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).focus();
        staff.keyboard().press("Enter");
        assertThat(staff.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(NOTE)).first())
                .isVisible();
        Browser.assertAccessible(staff);
    }

    private void theParentReadsItAndMarksItRead(Page phone) {
        Browser.login(phone, base(), "parent.maya", DemoData.PASSWORD);
        phone.waitForURL(Pattern.compile(".*/portal$"));
        Browser.assertAccessible(phone);
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Learn")).first().click();
        phone.waitForSelector("h2:has-text('For you')");
        Locator card = phone.locator(".education-card", new Page.LocatorOptions().setHasText(ARTICLE));
        assertThat(card.locator(".education-note")).containsText(NOTE);
        Browser.assertAccessible(phone);
        Browser.screenshot(phone, "education-for-you");

        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(ARTICLE)).click();
        phone.waitForSelector("h1:has-text('" + ARTICLE + "')");
        assertThat(phone.locator(".education-note")).containsText(NOTE);
        assertThat(phone.locator(".education-article")).containsText("prolactin");
        Browser.assertAccessible(phone);
        Browser.screenshot(phone, "education-portal-article");

        Locator markRead = phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as read"));
        markRead.focus();
        phone.keyboard().press("Enter");
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read ✓"))).isDisabled();
        assertThat(phone.getByText("Marked as read. Well done!")).isVisible();
        Browser.assertAccessible(phone);
    }

    private void openReading(Page staff) {
        staff.navigate(base() + "staff/clients");
        staff.locator("input[placeholder='Search by parent or baby name']").fill("Maya");
        staff.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Maya")).first().click();
        staff.waitForURL(Pattern.compile(".*/staff/clients/\\d+$"));
        Locator summary = staff.locator("vaadin-details-summary", new Page.LocatorOptions().setHasText("Reading"));
        summary.press("Enter");
        assertThat(staff.getByText("Assigned and read")).isVisible();
    }
}
