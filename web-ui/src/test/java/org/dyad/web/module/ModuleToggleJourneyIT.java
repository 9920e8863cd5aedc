package org.dyad.web.module;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.dyad.web.journeys.PluginAppTestBase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 3's acceptance journey: a clinic admin disables a module while a consultant of the same clinic has its page open
 * in another browser; the consultant lands on a clear "not enabled" page and loses the menu entry, both without a
 * reload; enabling it again brings the menu entry and all the module's data back.
 */
class ModuleToggleJourneyIT extends PluginAppTestBase {

    private static final String MODULE = "example-plugin";
    private static final String MENU_LABEL = "Example notes";

    @Autowired
    DSLContext dsl;
    @Autowired
    AccountService accounts;
    @Autowired
    org.dyad.core.module.ModuleEnablement enablement;

    @AfterEach
    void moduleIsEnabledAgain() {
        enablement.enable(user("willow.admin"), MODULE);
    }

    @Test
    void disabling_a_module_moves_an_open_page_away_and_enabling_it_brings_everything_back() {
        DyadUser maya = user("parent.maya");
        addNote(maya, "Latch looked deep on the left side.");
        addNote(maya, "Try the laid-back position tonight.");
        String notesCard = "Your clinic keeps " + countNotes(maya) + " example notes for you.";

        Page parent = browser.phone();
        Browser.login(parent, base(), "parent.maya", DemoData.PASSWORD);
        parent.waitForURL(Pattern.compile(".*/portal$"));
        assertThat(parent.getByText(notesCard)).isVisible();

        Page consultant = browser.desktop();
        Browser.login(consultant, base(), "willow.consultant", DemoData.PASSWORD);
        consultant.waitForURL(Pattern.compile(".*/staff$"));
        moduleEntry(consultant).click();
        consultant.waitForURL(Pattern.compile(".*/staff/" + MODULE + "$"));
        assertThat(consultant.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(MENU_LABEL))).isVisible();

        Page admin = browser.desktop();
        Browser.login(admin, base(), "willow.admin", DemoData.PASSWORD);
        admin.waitForURL(Pattern.compile(".*/staff$"));
        admin.navigate(base() + "staff/admin/modules");
        Locator toggle = admin.getByLabel("Enable " + MENU_LABEL);
        assertThat(toggle).isChecked();
        Browser.assertAccessible(admin);
        Browser.screenshot(admin, "staff-admin-modules");
        toggle.click();
        Locator confirm = admin.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("Disable " + MENU_LABEL + "?");
        assertThat(confirm).containsText("Its data is kept");
        Browser.assertAccessible(admin);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable")).click();
        assertThat(toggle).not().isChecked();

        assertThat(consultant.getByText("This module is not enabled for your clinic")).isVisible();
        consultant.waitForURL(Pattern.compile(".*/staff/module-unavailable$"));
        assertThat(moduleEntry(consultant)).hasCount(0);
        assertThat(consultant.locator("body")).not().containsText("Internal error");
        Browser.assertAccessible(consultant);
        Browser.screenshot(consultant, "staff-module-not-enabled");
        assertThat(moduleEntry(admin)).hasCount(0);

        consultant.navigate(base() + "staff/" + MODULE);
        assertThat(consultant.getByText("This module is not enabled for your clinic")).isVisible();
        parent.reload();
        assertThat(parent.locator(".dyad-baby-card").first()).isVisible();
        assertThat(parent.getByText(notesCard)).hasCount(0);

        toggle.click();
        assertThat(toggle).isChecked();
        assertThat(moduleEntry(consultant)).hasCount(1);
        moduleEntry(consultant).click();
        consultant.waitForURL(Pattern.compile(".*/staff/" + MODULE + "$"));
        assertThat(consultant.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(MENU_LABEL))).isVisible();
        parent.reload();
        assertThat(parent.getByText(notesCard)).isVisible();
        assertThat(countNotes(maya)).isGreaterThanOrEqualTo(2);

        parent.context().close();
        consultant.context().close();
        admin.context().close();
    }

    private static Locator moduleEntry(Page page) {
        return page.locator("vaadin-side-nav.dyad-module-nav > vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText(MENU_LABEL));
    }

    private DyadUser user(String username) {
        return AccountService.toUser(accounts.findByUsername(username).orElseThrow());
    }

    private void addNote(DyadUser parent, String text) {
        dsl.insertInto(DSL.table(DSL.name("example_plugin_note")))
                .set(DSL.field(DSL.name("clinic_id"), Long.class), parent.clinicId())
                .set(DSL.field(DSL.name("client_id"), Long.class), parent.clientId())
                .set(DSL.field(DSL.name("text"), String.class), text)
                .set(DSL.field(DSL.name("created_at"), LocalDateTime.class), LocalDateTime.now())
                .execute();
    }

    private int countNotes(DyadUser parent) {
        return dsl.fetchCount(DSL.table(DSL.name("example_plugin_note")),
                DSL.field(DSL.name("client_id"), Long.class).eq(parent.clientId()));
    }
}
