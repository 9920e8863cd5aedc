package org.dyad.web.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's journey in headless Chromium: a consultant charts a visit for Maya and Zuri (a weighed feed of 4,210 →
 * 4,272 g and a LATCH of 8), the draft survives the tab being hidden and reloaded, she signs it, downloads the physician
 * report and shares the care plan; Maya, on a 390×844 phone, sees the plan and none of the clinical note. axe-core
 * checks every page visited.
 */
class ConsultantNotesJourneyIT extends PluginAppTestBase {

    private static final String PLAN = "Feed on cue 8 to 12 times a day; try the laid-back position.";
    private static final String FINDINGS = "Compression stripe on the left nipple after feeds";
    private static final String ALL_FIELDS_STORED = "() => [...document.querySelectorAll('#draft-editor [data-autosave]')]"
            + ".every(f => String(f.value ?? '') === f.__dyadSaved)";

    @Test
    void a_consultant_signs_a_note_with_a_weighed_feed_and_latch_and_the_parent_sees_only_the_care_plan()
            throws IOException {
        Page page = browser.desktop();
        Browser.login(page, base(), "willow.consultant", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        startNoteForMaya(page);
        chart(page);
        survivesHiddenTabAndReload(page);
        Browser.assertAccessible(page);
        page.locator("[id^=milk-transferred-]").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "notes-editor");

        button(page, "Sign and lock").click();
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign").setExact(true)).click();
        assertThat(page.locator("text=Signed by")).isVisible();
        assertThat(page.locator("body")).containsText("milk transferred 62 ml");
        assertThat(page.locator("body")).containsText("total 8/10");
        page.locator("#share-care-plan").click();
        assertThat(page.locator("#share-care-plan")).hasText("Care plan shared with the family");
        Download report = page.waitForDownload(() -> page.locator("#physician-report").click());
        assertThat(new String(Files.readAllBytes(report.path()), 0, 5)).isEqualTo("%PDF-");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "notes-signed");
        page.context().close();

        Page phone = browser.phone();
        Browser.login(phone, base(), "parent.maya", DemoData.PASSWORD);
        phone.waitForURL(Pattern.compile(".*/portal$"));
        phone.navigate(base() + "portal/consultant-notes/care-plan");
        assertThat(phone.locator("#current-care-plan")).containsText(PLAN);
        assertThat(phone.locator("body").innerText()).doesNotContain(FINDINGS, "Sore left nipple", "Shallow latch",
                "LATCH", "62 ml", "4,210");
        Browser.assertAccessible(phone);
        Browser.screenshot(phone, "notes-portal-care-plan");
        phone.context().close();
    }

    private static void startNoteForMaya(Page page) {
        page.navigate(base() + "staff/clients");
        page.locator("vaadin-grid-cell-content:has-text('Okafor')").first().click();
        page.waitForURL(Pattern.compile(".*/staff/clients/\\d+$"));
        page.locator("vaadin-details-summary", new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*Notes\\s*$")))
                .click();
        Browser.assertAccessible(page);
        button(page, "Start a visit note").click();
        page.waitForURL(Pattern.compile(".*/consultant-notes/note/\\d+$"));
        Browser.assertAccessible(page);
    }

    private static void chart(Page page) {
        page.getByLabel("Concerns").fill("Sore left nipple since day 3");
        page.getByLabel("Breast and nipple findings").fill(FINDINGS);
        page.getByLabel("Pre-feed weight").fill("4210");
        page.getByLabel("Post-feed weight").fill("4272");
        page.getByLabel("Post-feed weight").press("Tab");
        score(page, "L: Latch", "2");
        score(page, "A: Audible swallowing", "2");
        score(page, "T: Type of nipple", "2");
        score(page, "C: Comfort", "1");
        score(page, "H: Hold", "1");
        assertThat(page.locator("[id^=milk-transferred-]")).hasText("Milk transferred: 62 ml");
        assertThat(page.locator("[id^=latch-total-]")).hasText("LATCH total: 8/10");
        page.getByLabel("Plan for the family").fill(PLAN);
    }

    /** Text typed just before the tab is hidden is flushed to the server at once, so a reload shows it. */
    private static void survivesHiddenTabAndReload(Page page) {
        assessment(page).fill("Shallow latch");
        page.evaluate("() => { Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});"
                + " document.dispatchEvent(new Event('visibilitychange')); }");
        page.waitForFunction(ALL_FIELDS_STORED);
        assertThat(page.locator("#save-status")).containsText("Saved · ");
        page.reload();
        assertThat(assessment(page)).hasValue("Shallow latch");
        assertThat(page.getByLabel("Plan for the family")).hasValue(PLAN);
        assertThat(page.locator("[id^=milk-transferred-]")).hasText("Milk transferred: 62 ml");
    }

    private static Locator assessment(Page page) {
        return page.getByLabel("Assessment", new Page.GetByLabelOptions().setExact(true));
    }

    private static void score(Page page, String item, String value) {
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(item))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(value)).check();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
