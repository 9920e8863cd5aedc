package org.dyad.web.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * The staff workspace on a phone (390×844) as willow.admin: no page scrolls sideways, no grid scrolls sideways inside
 * itself, nothing is cut off at the right edge, and the compact grid cells show usernames and roles in full. Turning
 * the same page to a 1280 px window brings the wide columns back. axe-core checks every page visited.
 */
class StaffPhoneJourneyIT extends PluginAppTestBase {

    /** The pages whose grids switch to the compact column on a phone. */
    private static final List<String> COMPACT_PAGES = List.of("staff/clients", "staff/admin/accounts", "staff/admin/audit", "staff/admin/modules",
            "staff/education-library", "staff/breathing-coach/patterns", "staff/consultant-notes/templates");

    /** Light-DOM elements that reach past the window's right edge, and grids that scroll sideways inside themselves. */
    private static final String OVERFLOW = """
            () => {
              const w = window.innerWidth;
              const out = [];
              if (document.scrollingElement.scrollWidth > w) out.push('page ' + document.scrollingElement.scrollWidth);
              for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect();
                if (r.width > 0 && r.height > 0 && r.right > w + 1 && getComputedStyle(el).visibility !== 'hidden') {
                  out.push(el.localName + '.' + el.className + ' right=' + Math.round(r.right));
                }
              }
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                if (table && table.scrollWidth > table.clientWidth + 1) {
                  out.push('grid ' + grid.getAttribute('aria-label') + ' ' + table.scrollWidth + '>' + table.clientWidth);
                }
              }
              return out.slice(0, 5);
            }""";

    @Test
    void every_staff_page_fits_a_phone_and_the_compact_cells_show_usernames_in_full() {
        Page phone = browser.phone();
        Browser.login(phone, base(), "willow.admin", DemoData.PASSWORD);
        phone.waitForURL(Pattern.compile(".*/staff$"));
        for (String path : COMPACT_PAGES) {
            open(phone, path);
            assertThat(phone.locator(".dyad-cell-compact").first()).isVisible();
            assertFits(phone, path);
        }
        open(phone, "staff/admin/accounts");
        Locator consultant = phone.locator(".dyad-cell-compact", new Page.LocatorOptions().setHasText("willow.consultant"));
        assertThat(consultant).isVisible();
        assertThat(consultant.locator(".dyad-cell-compact__sub")).hasText("willow.consultant · Consultant");
        assertThat(notCutOff(consultant.locator(".dyad-cell-compact__sub"))).as("the username line is shown in full").isTrue();
        assertThat(phone.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Username"))).isHidden();
        Browser.screenshot(phone, "staff-phone-accounts");
        open(phone, "staff/admin/audit");
        assertTwoFiltersPerRow(phone);
        Browser.screenshot(phone, "staff-phone-audit");
        open(phone, "staff/clients");
        phone.locator(".dyad-cell-compact").first().click();
        phone.waitForURL(Pattern.compile(".*/staff/clients/\\d+$"));
        phone.waitForSelector("vaadin-app-layout h2");
        Browser.assertAccessible(phone);
        assertFits(phone, "the client record");
        phone.context().close();
    }

    @Test
    void turning_the_window_wide_brings_the_wide_columns_back() {
        Page page = browser.phone();
        Browser.login(page, base(), "willow.admin", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        open(page, "staff/admin/accounts");
        assertThat(page.locator(".dyad-cell-compact").first()).isVisible();
        page.setViewportSize(1280, 900);
        Locator usernameCell = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("willow.frontdesk"));
        assertThat(usernameCell.first()).isVisible();
        assertThat(page.locator(".dyad-cell-compact")).hasCount(0);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(Pattern.compile("^Username$"))))
                .isVisible();
        assertFits(page, "staff accounts at 1280");
        Browser.assertAccessible(page);
        page.context().close();
    }

    private void open(Page page, String path) {
        page.navigate(base() + path);
        page.waitForSelector("vaadin-app-layout h2, vaadin-app-layout vaadin-grid");
        page.waitForFunction("() => !document.querySelector('vaadin-grid[loading]')");
        Browser.assertAccessible(page); // also waits until Vaadin is quiet, so the compact switch has happened
    }

    private static void assertFits(Page page, String what) {
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) page.evaluate(OVERFLOW);
        assertThat(overflowing).as("what reaches past the right edge of " + what).isEmpty();
    }

    private static boolean notCutOff(Locator text) {
        return (Boolean) text.evaluate("e => e.scrollWidth <= e.clientWidth && e.getBoundingClientRect().right <= innerWidth");
    }

    private static void assertTwoFiltersPerRow(Page page) {
        Object tops = page.evaluate("() => [...document.querySelector('.dyad-filters').children]"
                + ".map(c => Math.round(c.getBoundingClientRect().top))");
        assertThat((List<?>) tops).as("the four audit filters, two to a row").hasSize(4);
        List<?> t = (List<?>) tops;
        assertThat(t.get(0)).isEqualTo(t.get(1));
        assertThat(t.get(2)).isEqualTo(t.get(3));
        assertThat(t.get(0)).isNotEqualTo(t.get(2));
    }
}
