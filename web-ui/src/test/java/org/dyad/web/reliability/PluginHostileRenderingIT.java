package org.dyad.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.testkit.HostileInput.IMG;
import static org.dyad.testkit.HostileInput.JS_LINK;
import static org.dyad.testkit.HostileInput.SCRIPT;
import static org.dyad.testkit.HostileInput.SVG;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dyad.api.Role;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientDetails;
import org.dyad.core.client.ClientDraft;
import org.dyad.core.client.ClientService;
import org.dyad.core.security.DyadUser;
import org.dyad.testkit.Figures;
import org.dyad.testkit.HostileInput;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HTML/JS payloads stored in what the plugins show (a session-log note; a breathing pattern's name and instruction;
 * an education article's title, summary and Markdown body and an assignment note; every text of a consultant note,
 * its addendum and the shared care plan), then every staff and portal page that renders them opened in headless
 * Chromium: the text shows literally (the Markdown body sanitized), no element carries an injected handler or a
 * {@code javascript:} link, no injected script exists, {@code window.__pwned} stays undefined, and axe finds no
 * serious violation.
 */
class PluginHostileRenderingIT extends ReliabilityAppBase {

    /** Every element, in the document and in every shadow root, that carries a payload able to run. */
    private static final String INJECTED = """
            () => {
              const found = [];
              const visit = root => root.querySelectorAll('*').forEach(el => {
                for (const a of el.attributes) {
                  if ((a.name.startsWith('on') && a.value.includes('__pwned'))
                      || (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name)
                          && /^\\s*javascript:/i.test(a.value))) {
                    found.push(el.tagName.toLowerCase() + '[' + a.name + ']');
                  }
                }
                if (el.tagName === 'SCRIPT' && el.textContent.includes('__pwned')) {
                  found.push('script');
                }
                if (el.shadowRoot) {
                  visit(el.shadowRoot);
                }
              });
              visit(document);
              return found;
            }""";

    private static final String NOTE = IMG + " " + SCRIPT + " " + SVG;
    private static final String PATTERN_NAME = IMG;
    private static final String INSTRUCTION = SCRIPT + " " + SVG;
    private static final String TITLE = IMG + " " + SVG;
    private static final String BODY = "Read this first.\n\n" + IMG + "\n\n" + SCRIPT + "\n\n" + SVG + "\n\n" + JS_LINK;
    private static final String PLAN = SCRIPT + "\n" + IMG + "\n" + JS_LINK;

    @Autowired
    ClientService clients;
    @Autowired
    DSLContext dsl;

    private int pages;

    @Test
    void html_and_script_stored_in_plugin_data_shows_as_text_on_every_page_and_never_runs() {
        DyadUser admin = user("willow.admin");
        DyadUser consultant = user("willow.consultant");
        long clientId = clients.create(admin, new ClientDraft("Hostile", "Render", "", "", List.of(
                new BabyDraft(null, "Rumi", LocalDate.now().minusDays(20), 3300, 39))));
        ClientDetails client = clients.get(admin, clientId);
        accounts.create(null, "parent.hostile", "Hostile Render", Role.PARENT, admin.clinicId(), clientId,
                DemoData.PASSWORD);
        HostileRows rows = new HostileRows(dsl, admin.clinicId(), clientId, client.babies().getFirst().id(),
                consultant.id());
        try (Browser browser = new Browser()) {
            theDetectorSeesAPayloadThatRan(browser);
            rows.sessionLogNote(NOTE);
            String pattern = rows.breathingPattern(PATTERN_NAME, INSTRUCTION);
            long article = rows.article(TITLE, SCRIPT, BODY, SCRIPT + " " + IMG);
            long note = rows.signedNote(Map.of("concerns", IMG, "feeding_history", SCRIPT, "parent_findings", SVG,
                    "assessment", JS_LINK, "plan", PLAN, "progress", SVG, "oral", IMG, "findings", SCRIPT,
                    "addendum", SVG), "Rumi");
            Page staff = browser.desktop();
            Browser.login(staff, base(), "willow.consultant", DemoData.PASSWORD);
            staff.waitForURL(Pattern.compile(".*/staff$"));
            staffPages(staff, clientId, article, note);
            Page phone = browser.phone();
            Browser.login(phone, base(), "parent.hostile", DemoData.PASSWORD);
            phone.waitForURL(Pattern.compile(".*/portal$"));
            portalPages(phone, pattern, article);
        } finally {
            rows.removeAll();
        }
        new Figures("hostile-rendering", "HTML/JS payloads (<img onerror>, <script>, \"><svg onload>, a javascript: "
                + "Markdown link) stored in a session-log note, a breathing pattern's name and instruction, an education "
                + "article's title, summary, body and assignment note, and every text of a signed consultant note, its "
                + "addendum and care plan; each staff and portal page showing them opened in headless Chromium")
                .put("pages", pages).put("payloads", HostileInput.markup().size()).write();
    }

    /** Control: the same payload put into a shadow root by script does run, and the check finds it. */
    private static void theDetectorSeesAPayloadThatRan(Browser browser) {
        Page page = browser.desktop();
        page.setContent("<main><div id=host></div></main>");
        page.evaluate("html => { document.getElementById('host').attachShadow({mode: 'open'}).innerHTML = html; }", IMG);
        page.waitForFunction("() => window.__pwned === 1");
        assertThat(page.evaluate(INJECTED)).isEqualTo(List.of("img[onerror]"));
        page.context().close();
    }

    private void staffPages(Page page, long clientId, long article, long note) {
        page.navigate(base() + "staff/breathing-coach/patterns");
        shows(page, page.locator("vaadin-grid-cell-content").filter(text(PATTERN_NAME)).first(), PATTERN_NAME);
        shows(page, page.locator("vaadin-grid-cell-content").filter(text(INSTRUCTION)).first(), INSTRUCTION);
        inert(page);

        page.navigate(base() + "staff/education-library");
        shows(page, page.locator("vaadin-grid-cell-content").filter(text(TITLE)).first(), TITLE);
        inert(page);

        page.navigate(base() + "staff/education-library/edit/" + article);
        PlaywrightAssertions.assertThat(page.getByLabel("Title")).hasValue(TITLE);
        markdown(page);
        inert(page);

        page.navigate(base() + "staff/consultant-notes/note/" + note);
        for (String text : List.of("Concerns: " + IMG, "Feeding history: " + SCRIPT, "Breast and nipple findings: " + SVG,
                "Progress since the last visit: " + SVG, "Oral assessment: " + IMG, "Other findings: " + SCRIPT, JS_LINK)) {
            shows(page, page.locator("p").filter(text(text)).first(), text);
        }
        shows(page, page.locator("body"), SVG);
        inert(page);

        page.navigate(base() + "staff/clients/" + clientId);
        page.locator("vaadin-details-summary", new Page.LocatorOptions().setHasText("Reading")).first().click();
        shows(page, page.locator("vaadin-grid-cell-content").filter(text(TITLE)).first(), TITLE);
        inert(page);
    }

    private void portalPages(Page page, String pattern, long article) {
        page.navigate(base() + "portal/session-log");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Edit .*Breastfeed")))
                .first().click();
        PlaywrightAssertions.assertThat(page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(NOTE);
        inert(page);

        page.navigate(base() + "portal/breathing-coach?pattern=" + pattern);
        shows(page, page.locator("vaadin-select"), PATTERN_NAME);
        shows(page, page.locator("p").filter(text(INSTRUCTION)).first(), INSTRUCTION);
        inert(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begin")).click();
        shows(page, page.locator("[role=dialog]").first(), PATTERN_NAME);
        inert(page);

        page.navigate(base() + "portal/education-library");
        Locator card = page.locator(".education-card").filter(text(TITLE)).first();
        shows(page, card, TITLE);
        shows(page, card.locator(".education-note"), SCRIPT + " " + IMG);
        inert(page);

        page.navigate(base() + "portal/education-library/library");
        shows(page, page.locator(".education-card").filter(text(TITLE)).first(), SCRIPT);
        inert(page);

        page.navigate(base() + "portal/education-library/article/" + article);
        shows(page, page.locator("h1"), TITLE);
        shows(page, page.locator(".education-note"), SCRIPT + " " + IMG);
        markdown(page);
        inert(page);

        page.navigate(base() + "portal/consultant-notes/care-plan");
        shows(page, page.locator("#current-care-plan"), SCRIPT);
        shows(page, page.locator("#current-care-plan"), IMG);
        shows(page, page.locator("#current-care-plan"), JS_LINK);
        inert(page);
    }

    /** The Markdown body: raw HTML shown as text, the javascript: link left without its target. */
    private static void markdown(Page page) {
        Locator body = page.locator(".education-article").first();
        for (String text : List.of(IMG, SCRIPT, SVG, "click me")) {
            PlaywrightAssertions.assertThat(body).containsText(text);
        }
        PlaywrightAssertions.assertThat(body.locator("img, script, svg")).hasCount(0);
    }

    private static void shows(Page page, Locator where, String text) {
        PlaywrightAssertions.assertThat(where).containsText(text);
    }

    /** No element able to run a payload, none ran, and the page passes axe. */
    private void inert(Page page) {
        @SuppressWarnings("unchecked")
        List<String> injected = (List<String>) page.evaluate(INJECTED);
        assertThat(injected).as("elements carrying a payload on " + page.url()).isEmpty();
        assertThat(page.evaluate("() => typeof window.__pwned")).as("window.__pwned on " + page.url())
                .isEqualTo("undefined");
        Browser.assertAccessible(page);
        pages++;
    }

    private static Locator.FilterOptions text(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }
}
