package org.dyad.web.reliability;

import org.dyad.testkit.Figures;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.jooq.Tables.AUDIT_EVENT;
import static org.dyad.db.jooq.Tables.CLIENT;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientAccess;
import org.dyad.core.client.ClientDraft;
import org.dyad.core.client.ClientService;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium: changing the id in a client record's URL to another clinic's client (or one that does not
 * exist) is refused with the same calm message and audited; a clinic admin erases a client through the record's
 * confirm dialog, which stays disabled until the client's name is typed. axe-core checks every page and dialog.
 */
class RecordAccessJourneyIT extends ReliabilityAppBase {

    static Browser browser;

    @Autowired
    DSLContext dsl;
    @Autowired
    ClientService clients;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void another_clinics_record_opened_by_changing_the_url_id_is_refused_and_audited() {
        long willowClient = user("parent.maya").clientId();
        long missing = dsl.select(org.jooq.impl.DSL.max(CLIENT.ID)).from(CLIENT).fetchOne().value1() + 1000;
        Page page = browser.desktop();
        Browser.login(page, base(), "harbor.admin", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        int tries = 0;
        for (long id : List.of(willowClient, missing)) {
            int audited = denials(id);
            page.navigate(base() + "staff/clients/" + id);
            page.waitForSelector("text=" + ClientAccess.REFUSED);
            assertThat(page.locator("h2:has-text('Okafor')")).hasCount(0);
            Browser.assertAccessible(page);
            assertThat(denials(id)).isEqualTo(audited + 1);
            tries++;
        }
        page.navigate(base() + "staff/admin/audit");
        page.waitForSelector("vaadin-grid-cell-content:text-is('client.access-denied')");
        Browser.assertAccessible(page);
        new Figures("url-tampering", "Browser: another clinic's admin edits the record id in the URL (a real client of "
                + "another clinic, and a missing id); refused with the same message and audited as client.access-denied")
                .put("idsTried", tries).put("refusedAndAudited", tries).write();
    }

    private int denials(long clientId) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("client.access-denied")
                .and(AUDIT_EVENT.SUBJECT_ID.eq(clientId)).and(AUDIT_EVENT.ACTOR_NAME.eq("harbor.admin")));
    }

    @Test
    void a_clinic_admin_erases_a_client_only_after_typing_their_name() {
        long id = clients.create(user("willow.admin"), new ClientDraft("Erin", "Erasable", "", "",
                List.of(new BabyDraft(null, "Pip", LocalDate.now().minusDays(5), 3100, 39))));
        Page page = browser.desktop();
        Browser.login(page, base(), "willow.admin", DemoData.PASSWORD);
        page.waitForURL(Pattern.compile(".*/staff$"));
        page.navigate(base() + "staff/clients/" + id);
        page.waitForSelector("h2:has-text('Erin Erasable')");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase client…")).click();
        page.waitForSelector("vaadin-dialog-overlay[opened]");
        var eraseButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase for good"));
        assertThat(eraseButton).isDisabled();
        Browser.assertAccessible(page);
        page.getByLabel("Type the client's full name to confirm").fill("Erin Erasable");
        assertThat(eraseButton).isEnabled();
        eraseButton.click();
        page.waitForURL(Pattern.compile(".*/staff/clients$"));
        assertThat(dsl.fetchCount(CLIENT, CLIENT.ID.eq(id))).isZero();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("client.erased").and(AUDIT_EVENT.CLIENT_ID.eq(id))))
                .isEqualTo(1);
    }
}
