package org.dyad.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.api.Role;
import org.dyad.api.ValidationException;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientDetails;
import org.dyad.core.client.ClientDraft;
import org.dyad.core.client.ClientService;
import org.dyad.core.portal.InvitationService;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.dyad.testkit.Figures;
import org.dyad.testkit.HostileAttempts;
import org.dyad.testkit.HostileInput;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A corpus of hostile values fed to the core services behind the forms (client create and update, staff account,
 * invitation redemption). Each attempt either fails with a {@link ValidationException} and stores nothing, or is a
 * valid value that is stored verbatim; no other exception. Values stored as text render as text in a real browser.
 */
class HostileInputIT extends ReliabilityAppBase {

    static final String SCRIPT = HostileInput.SCRIPT;
    static final String IMG = HostileInput.IMG;
    static final Map<String, String> STRINGS = HostileInput.strings();

    static final List<LocalDate> BAD_DATES = Stream.concat(HostileInput.dates().stream(),
            Stream.of(LocalDate.now().plusDays(2), LocalDate.now().minusYears(6))).toList();
    static final List<Integer> BAD_WEIGHTS = List.of(-1, 0, 7001, Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final List<Integer> BAD_WEEKS = List.of(-1, 0, 21, 45, Integer.MIN_VALUE, Integer.MAX_VALUE);

    @Autowired
    ClientService clients;
    @Autowired
    InvitationService invitations;
    @Autowired
    DSLContext dsl;

    @Autowired
    org.dyad.core.module.ModuleSettingsService moduleSettings;
    @Autowired
    org.dyad.core.security.DyadAuthenticationProvider signIn;

    private HostileAttempts attempts;

    /**
     * The two forms outside the client and account services: the sign-in form (every hostile username, and every
     * hostile password for an account that does not exist, ends in a plain sign-in refusal; nothing is stored) and a
     * module's settings dialog (session-log's "fewest removals in 24 h", 0–24: refused with the module's message and
     * nothing stored, or a valid number stored as typed).
     */
    @Test
    void the_sign_in_form_and_the_module_settings_dialog_take_the_corpus_too() {
        DyadUser admin = user("willow.admin");
        HostileAttempts settings = HostileAttempts.watching(dsl, List.of("module_setting", "app_user"));
        int signIns = 0;
        try {
            for (Map.Entry<String, String> e : STRINGS.entrySet()) {
                String s = e.getValue();
                settings.attempt("setting " + e.getKey(), !validRemovals(s), () -> {
                    moduleSettings.save(admin, admin.clinicId(), "session-log", Map.of("min-removals-24h", s));
                    return moduleSettings.settings(admin, admin.clinicId(), "session-log").stream()
                            .filter(m -> m.key().equals("min-removals-24h")).findFirst().orElseThrow().value()
                            .equals(s.strip());
                });
                signIns += refusedSignIn(s, "not-the-password-1") + refusedSignIn("nobody.here", s);
            }
        } finally {
            dsl.deleteFrom(org.jooq.impl.DSL.table("module_setting"))
                    .where(org.jooq.impl.DSL.field("clinic_id", Long.class).eq(admin.clinicId())).execute();
        }
        new Figures("hostile-input-sign-in-and-settings", "The corpus fed to the sign-in form (username; password of an "
                + "unknown account) and to a module's settings dialog (session-log's fewest removals in 24 h)")
                .put("payloads", STRINGS.size()).put("signInsRefused", signIns)
                .put("settingAttempts", settings.attempts()).put("rejectedWithValidation", settings.rejectedWithValidation())
                .put("storedVerbatim", settings.storedVerbatim()).put("findings", settings.findings().size()).write();
        assertThat(signIns).isEqualTo(2 * STRINGS.size());
        assertThat(settings.findings()).isEmpty();
    }

    private static boolean validRemovals(String s) {
        try {
            int n = Integer.parseInt(s.strip());
            return n >= 0 && n <= 24;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** 1 when the sign-in is refused as a sign-in (never signed in, never another exception). */
    private int refusedSignIn(String username, String password) {
        try {
            signIn.authenticate(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                    username, password));
            return 0;
        } catch (org.springframework.security.core.AuthenticationException refused) {
            return 1;
        }
    }

    @Test
    void every_hostile_value_is_refused_with_a_validation_message_or_stored_verbatim() {
        DyadUser admin = user("willow.admin");
        attempts = HostileAttempts.watching(dsl, List.of("client", "baby", "app_user", "portal_invitation"));
        for (Map.Entry<String, String> e : STRINGS.entrySet()) {
            String s = e.getValue();
            clientCreate(admin, "firstName " + e.getKey(), draft(s, "Okoro", "", "", "Ada"), !valid(s));
            clientCreate(admin, "lastName " + e.getKey(), draft("Ada", s, "", "", "Ada"), !valid(s));
            clientCreate(admin, "email " + e.getKey(), draft("Ada", "Okoro", s, "", "Ada"), !s.isBlank());
            clientCreate(admin, "phone " + e.getKey(), draft("Ada", "Okoro", "", s, "Ada"), !s.isBlank() && !"-1".equals(s));
            clientCreate(admin, "baby name " + e.getKey(), draft("Ada", "Okoro", "", "", s), !valid(s));
            clientUpdate(admin, "update firstName " + e.getKey(), s);
            staff(admin, "staff username " + e.getKey(), s, "Ada Okoro", "a-long-password-1");
            staff(admin, "staff name " + e.getKey(), "u" + attempts.attempts(), s, "a-long-password-1");
            staff(admin, "staff password " + e.getKey(), "p" + attempts.attempts(), "Ada Okoro", s);
            redeem(admin, "redeem token " + e.getKey(), s, "r" + attempts.attempts(), true);
            redeem(admin, "redeem username " + e.getKey(), null, s, false);
        }
        attempts.mustReject("staff name null", () -> accounts.createStaff(admin, "null.name", null, Role.CONSULTANT,
                "a-long-password-1"));
        attempts.mustReject("staff role null", () -> accounts.createStaff(admin, "null.role", "Ada Okoro", null,
                "a-long-password-1"));
        for (LocalDate d : BAD_DATES) {
            clientCreate(admin, "date " + d, withBaby(new BabyDraft(null, "Ada", d, 3200, 39)), true);
        }
        for (Integer w : BAD_WEIGHTS) {
            clientCreate(admin, "weight " + w, withBaby(new BabyDraft(null, "Ada", LocalDate.now().minusDays(10), w, 39)), true);
        }
        for (Integer w : BAD_WEEKS) {
            clientCreate(admin, "weeks " + w, withBaby(new BabyDraft(null, "Ada", LocalDate.now().minusDays(10), 3200, w)), true);
        }
        new Figures("hostile-input", "A corpus of hostile values (empty, blank, 100k chars, negative/NaN/overflow numbers, far-past "
                + "and far-future dates, RTL and zero-width marks, emoji, SQL and HTML/JS payloads) fed to ClientService "
                + "create/update, AccountService.createStaff and InvitationService.redeem; plus a browser check of the clients grid")
                .put("payloads", STRINGS.size() + BAD_DATES.size() + BAD_WEIGHTS.size() + BAD_WEEKS.size())
                .put("attempts", attempts.attempts()).put("rejectedWithValidation", attempts.rejectedWithValidation())
                .put("storedVerbatim", attempts.storedVerbatim())
                .put("otherExceptionsOrAltered", attempts.findings().size())
                .write();
        assertThat(attempts.findings()).isEmpty();
    }

    @Test
    void html_in_a_stored_name_is_shown_as_text_and_never_runs() {
        DyadUser admin = user("willow.admin");
        clients.create(admin, draft(IMG, SCRIPT, "", "", "Ada"));
        try (Browser browser = new Browser()) {
            Page page = browser.desktop();
            Browser.login(page, base(), "willow.admin", DemoData.PASSWORD);
            page.waitForURL(Pattern.compile(".*/staff$"));
            page.navigate(base() + "staff/clients");
            page.locator("vaadin-text-field input").first().fill("window.__pwned");
            page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("onerror=window.__pwned")).first().waitFor();
            assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
            assertThat(page.locator("vaadin-grid-cell-content img").count()).isZero();
            assertThat(page.locator("vaadin-grid-cell-content script").count()).isZero();
            Browser.assertAccessible(page);
        }
    }

    /** A name is valid when it has visible text within the length limit. */
    private static boolean valid(String s) {
        return !s.isBlank() && s.strip().length() <= 100;
    }

    private void clientCreate(DyadUser admin, String what, ClientDraft draft, boolean mustReject) {
        attempts.attempt(what, mustReject, () -> {
            long id = clients.create(admin, draft);
            ClientDetails back = clients.get(admin, id);
            return back.firstName().equals(draft.firstName()) && back.lastName().equals(draft.lastName())
                    && (back.email() == null ? "" : back.email()).equals(draft.email())
                    && (back.phone() == null ? "" : back.phone()).equals(draft.phone())
                    && back.babies().stream().map(b -> b.name()).toList()
                    .equals(draft.babies().stream().map(b -> b.name().strip()).toList());
        });
    }

    private void clientUpdate(DyadUser admin, String what, String firstName) {
        long id = clients.create(admin, draft("Ada", "Okoro", "", "", "Ada"));
        ClientDetails before = clients.get(admin, id);
        ClientDraft changed = new ClientDraft(firstName, "Okoro", "", "", before.babies().stream()
                .map(b -> new BabyDraft(b.id(), b.name(), b.dateOfBirth(), b.birthWeightGrams(), b.gestationalAgeWeeks())).toList());
        attempts.attempt(what, !valid(firstName), () -> {
            clients.update(admin, id, before.version(), changed);
            return clients.get(admin, id).firstName().equals(changed.firstName());
        });
        if (!valid(firstName)) {
            assertThat(clients.get(admin, id).firstName()).as(what + " left unchanged").isEqualTo("Ada");
        }
    }

    private void staff(DyadUser admin, String what, String username, String name, String password) {
        boolean validUsername = username.strip().toLowerCase().matches("[a-z0-9._@+-]{1,254}");
        boolean validPassword = password.length() >= AccountService.MIN_PASSWORD_LENGTH && password.length() <= 128;
        attempts.attempt(what, !validUsername || !valid(name) || !validPassword, () -> {
            long id = accounts.createStaff(admin, username, name, Role.CONSULTANT, password);
            return accounts.findUser(id).map(u -> u.displayName().equals(name.trim())).orElse(false);
        });
    }

    private void redeem(DyadUser admin, String what, String token, String username, boolean mustReject) {
        long clientId = clients.create(admin, draft("Ada", "Okoro", "", "", "Ada"));
        String realToken = invitations.create(admin, clientId, base()).token();
        boolean validUsername = username.strip().toLowerCase().matches("[a-z0-9._@+-]{1,254}");
        attempts.attempt(what, mustReject || !validUsername, () -> {
            long id = invitations.redeem(token == null ? realToken : token, username, "a-long-password-1");
            return accounts.findUser(id).map(u -> u.username().equals(username.strip().toLowerCase())).orElse(true);
        });
    }

    private static ClientDraft draft(String first, String last, String email, String phone, String baby) {
        return new ClientDraft(first, last, email, phone, List.of(new BabyDraft(null, baby, LocalDate.now().minusDays(10), 3200, 39)));
    }

    private static ClientDraft withBaby(BabyDraft baby) {
        return new ClientDraft("Ada", "Okoro", "", "", List.of(baby));
    }
}
