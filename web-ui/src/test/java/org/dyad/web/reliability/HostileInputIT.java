package org.dyad.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.jooq.Tables.APP_USER;
import static org.dyad.db.jooq.Tables.BABY;
import static org.dyad.db.jooq.Tables.CLIENT;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.dyad.api.Role;
import org.dyad.api.ValidationException;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientDetails;
import org.dyad.core.client.ClientDraft;
import org.dyad.core.client.ClientService;
import org.dyad.core.portal.InvitationService;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
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

    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=window.__pwned=1>";
    static final Map<String, String> STRINGS = new LinkedHashMap<>();

    static {
        STRINGS.put("empty", "");
        STRINGS.put("blank", "   ");
        STRINGS.put("huge", "a".repeat(100_000));
        STRINGS.put("negative", "-1");
        STRINGS.put("nan", "NaN");
        STRINGS.put("infinity", "Infinity");
        STRINGS.put("overflow", "1e309");
        STRINGS.put("rtl-override", "\u202Eevil\u202C");
        STRINGS.put("rtl-name", "مريم");
        STRINGS.put("zero-width-only", "\u200B\u200B");
        STRINGS.put("zero-width-inside", "Zu\u200Bri");
        STRINGS.put("emoji", "Zuri 👶🍼");
        STRINGS.put("combining", "Zoe\u0308");
        STRINGS.put("sql", "Robert'); DROP TABLE client;--");
        STRINGS.put("sql-quote", "' OR '1'='1");
        STRINGS.put("html-script", SCRIPT);
        STRINGS.put("html-img", IMG);
        STRINGS.put("newline", "a\nb");
    }

    static final List<LocalDate> BAD_DATES = List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1),
            LocalDate.of(9999, 12, 31), LocalDate.now().plusDays(2), LocalDate.now().minusYears(6));
    static final List<Integer> BAD_WEIGHTS = List.of(-1, 0, 7001, Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final List<Integer> BAD_WEEKS = List.of(-1, 0, 21, 45, Integer.MIN_VALUE, Integer.MAX_VALUE);

    @Autowired
    ClientService clients;
    @Autowired
    InvitationService invitations;
    @Autowired
    DSLContext dsl;

    private final List<String> findings = new ArrayList<>();
    private int tried;
    private int rejected;
    private int stored;

    @Test
    void every_hostile_value_is_refused_with_a_validation_message_or_stored_verbatim() {
        DyadUser admin = user("willow.admin");
        for (Map.Entry<String, String> e : STRINGS.entrySet()) {
            String s = e.getValue();
            clientCreate(admin, "firstName " + e.getKey(), draft(s, "Okoro", "", "", "Ada"), !valid(s));
            clientCreate(admin, "lastName " + e.getKey(), draft("Ada", s, "", "", "Ada"), !valid(s));
            clientCreate(admin, "email " + e.getKey(), draft("Ada", "Okoro", s, "", "Ada"), !s.isBlank());
            clientCreate(admin, "phone " + e.getKey(), draft("Ada", "Okoro", "", s, "Ada"), !s.isBlank() && !"-1".equals(s));
            clientCreate(admin, "baby name " + e.getKey(), draft("Ada", "Okoro", "", "", s), !valid(s));
            clientUpdate(admin, "update firstName " + e.getKey(), s);
            staff(admin, "staff username " + e.getKey(), s, "Ada Okoro", "a-long-password-1");
            staff(admin, "staff name " + e.getKey(), "u" + tried, s, "a-long-password-1");
            staff(admin, "staff password " + e.getKey(), "p" + tried, "Ada Okoro", s);
            redeem(admin, "redeem token " + e.getKey(), s, "r" + tried, true);
            redeem(admin, "redeem username " + e.getKey(), null, s, false);
        }
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
                .put("attempts", tried).put("rejectedWithValidation", rejected).put("storedVerbatim", stored)
                .put("otherExceptionsOrAltered", findings.size())
                .write();
        assertThat(findings).isEmpty();
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
        attempt(what, mustReject, CLIENT, () -> {
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
        attempt(what, !valid(firstName), null, () -> {
            clients.update(admin, id, before.version(), changed);
            return clients.get(admin, id).firstName().equals(changed.firstName());
        });
        if (!valid(firstName)) {
            assertThat(clients.get(admin, id).firstName()).as(what + " left unchanged").isEqualTo("Ada");
        }
    }

    private void staff(DyadUser admin, String what, String username, String name, String password) {
        boolean validUsername = username.strip().toLowerCase().matches("[a-z0-9._@+-]{1,254}");
        attempt(what, !validUsername || !valid(name) || password.length() < AccountService.MIN_PASSWORD_LENGTH || password.length() > 128, APP_USER, () -> {
            long id = accounts.createStaff(admin, username, name, Role.CONSULTANT, password);
            return accounts.findUser(id).map(u -> u.displayName().equals(name.trim())).orElse(false);
        });
    }

    private void redeem(DyadUser admin, String what, String token, String username, boolean mustReject) {
        long clientId = clients.create(admin, draft("Ada", "Okoro", "", "", "Ada"));
        String realToken = invitations.create(admin, clientId, base()).token();
        boolean validUsername = username.strip().toLowerCase().matches("[a-z0-9._@+-]{1,254}");
        attempt(what, mustReject || !validUsername, APP_USER, () -> {
            long id = invitations.redeem(token == null ? realToken : token, username, "a-long-password-1");
            return accounts.findUser(id).map(u -> u.username().equals(username.strip().toLowerCase())).orElse(true);
        });
    }

    /** Runs one attempt: a ValidationException with nothing stored, or a verbatim store; anything else is a finding. */
    private void attempt(String what, boolean mustReject, org.jooq.Table<?> table, Supplier<Boolean> work) {
        tried++;
        int before = table == null ? 0 : dsl.fetchCount(table);
        int babies = dsl.fetchCount(BABY);
        try {
            boolean verbatim = work.get();
            stored++;
            if (mustReject) {
                findings.add(what + ": accepted an invalid value");
            } else if (!verbatim) {
                findings.add(what + ": stored altered");
            }
        } catch (ValidationException e) {
            rejected++;
            if (table != null && dsl.fetchCount(table) != before || dsl.fetchCount(BABY) != babies) {
                findings.add(what + ": refused but stored rows");
            }
        } catch (RuntimeException e) {
            findings.add(what + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private static ClientDraft draft(String first, String last, String email, String phone, String baby) {
        return new ClientDraft(first, last, email, phone, List.of(new BabyDraft(null, baby, LocalDate.now().minusDays(10), 3200, 39)));
    }

    private static ClientDraft withBaby(BabyDraft baby) {
        return new ClientDraft("Ada", "Okoro", "", "", List.of(baby));
    }
}
