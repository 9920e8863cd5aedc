package org.dyad.web.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.db.jooq.Tables.AUDIT_EVENT;
import static org.dyad.db.jooq.Tables.BABY;
import static org.dyad.db.jooq.Tables.MODULE_SETTING;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.SettingDefinition;
import org.dyad.api.ValidationException;
import org.dyad.core.module.ModuleEnablement;
import org.dyad.core.module.ModuleRegistry;
import org.dyad.core.module.ModuleSetting;
import org.dyad.core.module.ModuleSettingsService;
import org.dyad.core.security.DyadUser;
import org.dyad.testkit.Figures;
import org.dyad.web.Browser;
import org.dyad.web.demo.DemoData;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Module settings edited by clinic admins (Admin → Modules), against the running session-log plugin: who may read and
 * change them, what a bad value does (nothing stored, the module's own message), what a good one does (stored,
 * audited, read by the plugin through its {@code Settings} at once), and the same journey in a headless browser.
 */
class ModuleSettingsIT extends ReliabilityAppBase {

    private static final String MODULE = "session-log";
    private static final String MIN_REMOVALS = "min-removals-24h";
    private static final String SILENT_HOURS = "silent-hours";
    private static final String MIN_REMOVALS_LABEL = "Fewest removals (breastfeeds + pumps) in 24 h";
    private static final Figures FIGURES = new Figures("module-settings", "Clinic admins edit a module's per-clinic "
            + "settings (session-log's dashboard thresholds) through the host service and the Admin → Modules dialog");

    @Autowired
    ModuleSettingsService settings;
    @Autowired
    ModuleRegistry registry;
    @Autowired
    ModuleEnablement enablement;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void defaultsAgain() {
        SecurityContextHolder.clearContext();
        dsl.deleteFrom(MODULE_SETTING).where(MODULE_SETTING.MODULE_ID.eq(MODULE)).execute();
    }

    @AfterAll
    static void figures() {
        FIGURES.write();
    }

    @Test
    void only_the_clinics_own_admin_reads_or_changes_its_settings_and_refusals_audit_nothing() {
        long willow = user("willow.admin").clinicId();
        int audited = changesAudited();
        List<String> refused = List.of("willow.consultant", "willow.frontdesk", "parent.maya", "harbor.admin", "platform");
        for (String username : refused) {
            DyadUser actor = user(username);
            assertThatThrownBy(() -> settings.settings(actor, willow, MODULE)).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> settings.save(actor, willow, MODULE, Map.of(MIN_REMOVALS, "3"))).as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(changesAudited()).isEqualTo(audited);
        assertThat(storedRows()).isZero();
        assertThat(settings.settings(user("willow.admin"), willow, MODULE)).extracting(ModuleSetting::key)
                .containsExactly(MIN_REMOVALS, "max-weight-loss-percent", SILENT_HOURS);
        FIGURES.put("refused_actors", refused.size()).put("refused_calls", refused.size() * 2);
    }

    @Test
    void a_bad_value_is_refused_with_the_modules_message_and_nothing_is_stored() {
        DyadUser admin = user("willow.admin");
        int audited = changesAudited();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("eight", "must be a whole number.");
        cases.put("25", "must be between 0 and 24.");
        cases.put("-1", "must be between 0 and 24.");
        cases.put("", "must be a whole number.");
        cases.forEach((bad, expected) -> {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(SILENT_HOURS, "24");
            values.put(MIN_REMOVALS, bad);
            assertThatThrownBy(() -> settings.save(admin, admin.clinicId(), MODULE, values)).as(bad)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                            .containsOnlyKeys(MIN_REMOVALS)
                            .containsEntry(MIN_REMOVALS, definition(MIN_REMOVALS).validator().apply(bad).orElseThrow())
                            .containsEntry(MIN_REMOVALS, MIN_REMOVALS_LABEL + " " + expected));
        });
        assertThatThrownBy(() -> settings.save(admin, admin.clinicId(), MODULE, Map.of("no-such-key", "1")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("no-such-key"));
        assertThat(storedRows()).as("the good silent-hours value was not stored either").isZero();
        assertThat(changesAudited()).isEqualTo(audited);
        assertThat(pluginReads(admin, SILENT_HOURS)).isEqualTo(definition(SILENT_HOURS).defaultValue());
        FIGURES.put("bad_values_refused", cases.size() + 1);
    }

    @Test
    void a_module_the_clinic_disabled_keeps_its_settings_closed() {
        DyadUser harbor = user("harbor.admin");
        enablement.disable(harbor, MODULE);
        try {
            assertThatThrownBy(() -> settings.save(harbor, harbor.clinicId(), MODULE, Map.of(MIN_REMOVALS, "3")))
                    .isInstanceOf(ValidationException.class);
            assertThat(storedRows()).isZero();
        } finally {
            enablement.enable(harbor, MODULE);
        }
    }

    @Test
    void a_good_value_is_stored_audited_and_read_by_the_plugin_at_once() {
        DyadUser admin = user("willow.admin");
        DyadUser consultant = user("willow.consultant");
        DyadUser harbor = user("harbor.admin");
        assertThat(pluginReads(consultant, MIN_REMOVALS)).isEqualTo("8");
        int audited = changesAudited();

        List<String> changed = settings.save(admin, admin.clinicId(), MODULE,
                Map.of(MIN_REMOVALS, " 3 ", SILENT_HOURS, definition(SILENT_HOURS).defaultValue()));

        assertThat(changed).containsExactly(MIN_REMOVALS);
        assertThat(pluginReads(consultant, MIN_REMOVALS)).isEqualTo("3");
        assertThat(pluginReads(harbor, MIN_REMOVALS)).as("another clinic keeps its own value").isEqualTo("8");
        assertThat(settings.settings(admin, admin.clinicId(), MODULE)).filteredOn(s -> s.key().equals(MIN_REMOVALS))
                .singleElement().satisfies(s -> {
                    assertThat(s.value()).isEqualTo("3");
                    assertThat(s.defaultValue()).isEqualTo("8");
                    assertThat(s.label()).isEqualTo(MIN_REMOVALS_LABEL);
                });
        assertThat(changesAudited()).isEqualTo(audited + 1);
        assertThat(dsl.select(AUDIT_EVENT.DETAILS, AUDIT_EVENT.CLINIC_ID, AUDIT_EVENT.ACTOR_NAME).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("module.settings.changed")).orderBy(AUDIT_EVENT.ID.desc()).limit(1)
                .fetchOne()).satisfies(r -> {
                    assertThat(r.value1()).isEqualTo("session-log: min-removals-24h=3");
                    assertThat(r.value2()).isEqualTo(admin.clinicId());
                    assertThat(r.value3()).isEqualTo("willow.admin");
                });

        assertThat(settings.save(admin, admin.clinicId(), MODULE, Map.of(MIN_REMOVALS, "3"))).isEmpty();
        assertThat(changesAudited()).as("saving the same value again changes and audits nothing").isEqualTo(audited + 1);
    }

    @Test
    void willow_admin_edits_session_log_settings_on_the_modules_page() {
        long entry = diaperAnHourAgo(user("parent.maya"));
        try (Browser browser = new Browser()) {
            Page page = browser.desktop();
            Browser.login(page, base(), "willow.admin", DemoData.PASSWORD);
            page.waitForURL(Pattern.compile(".*/staff$"));
            assertThat(page.getByText("Dyads that need a look")).isVisible();
            assertThat(page.locator("body")).containsText("0 removals in the last 24 h (fewer than 8)");

            page.navigate(base() + "staff/admin/modules");
            Locator open = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Settings for Session log"));
            assertThat(open).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Settings for Example notes")))
                    .hasCount(0);
            Browser.assertAccessible(page);
            open.click();

            Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Session log settings"));
            assertThat(dialog).hasAttribute("aria-modal", "true");
            Locator field = dialog.getByLabel(MIN_REMOVALS_LABEL);
            assertThat(field).isVisible();
            assertThat(field).isFocused();
            assertThat(field).hasValue("8");
            assertThat(dialog.getByText("Default: 8")).isVisible();
            Locator save = dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"));
            assertThat(save).isDisabled();
            Browser.assertAccessible(page);

            field.fill("eight");
            assertThat(save).isEnabled();
            field.press("Enter");
            assertThat(dialog.getByText(MIN_REMOVALS_LABEL + " must be a whole number.")).isVisible();
            Browser.assertAccessible(page);
            assertThat(storedRows()).isZero();
            field.fill("30");
            save.click();
            assertThat(dialog.getByText(MIN_REMOVALS_LABEL + " must be between 0 and 24.")).isVisible();
            assertThat(storedRows()).isZero();

            field.fill("3");
            save.click();
            assertThat(page.getByText("Session log settings saved.")).isVisible();
            assertThat(dialog).hasCount(0);
            assertThat(storedRows()).isEqualTo(1);

            open.click();
            assertThat(dialog.getByLabel(MIN_REMOVALS_LABEL)).hasValue("3");
            assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))).isDisabled();
            dialog.getByLabel(MIN_REMOVALS_LABEL).fill("5");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
            assertThat(dialog).hasCount(0);
            assertThat(pluginReads(user("willow.consultant"), MIN_REMOVALS)).as("cancel stores nothing").isEqualTo("3");
            open.click();
            Locator reopened = dialog.getByLabel(MIN_REMOVALS_LABEL);
            assertThat(reopened).hasValue("3");
            // As a keyboard user would: Escape once the dialog has taken focus (the server moves it to the field).
            assertThat(reopened).isFocused();
            reopened.press("Escape");
            assertThat(dialog).hasCount(0);

            page.navigate(base() + "staff");
            assertThat(page.getByText("Dyads that need a look")).isVisible();
            assertThat(page.locator("body")).containsText("0 removals in the last 24 h (fewer than 3)");
            assertThat(page.locator("body")).not().containsText("(fewer than 8)");
            Browser.assertAccessible(page);
            FIGURES.put("browser_steps_axe_checked", 5);
        } finally {
            dsl.deleteFrom(DSL.table(DSL.name("session_log_entry"))).where(DSL.field(DSL.name("id")).eq(entry)).execute();
        }
    }

    /** A recent diaper and no breastfeed or pump: the dyad has 0 removals in 24 h, so the card flags it. */
    private long diaperAnHourAgo(DyadUser parent) {
        long baby = dsl.select(BABY.ID).from(BABY).where(BABY.CLIENT_ID.eq(parent.clientId())).orderBy(BABY.ID).limit(1)
                .fetchOne(BABY.ID);
        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).minusHours(1);
        return dsl.insertInto(DSL.table(DSL.name("session_log_entry")))
                .set(DSL.field(DSL.name("clinic_id"), Long.class), parent.clinicId())
                .set(DSL.field(DSL.name("client_id"), Long.class), parent.clientId())
                .set(DSL.field(DSL.name("baby_id"), Long.class), baby)
                .set(DSL.field(DSL.name("kind"), String.class), "DIAPER")
                .set(DSL.field(DSL.name("wet"), Boolean.class), true)
                .set(DSL.field(DSL.name("started_at"), LocalDateTime.class), at)
                .set(DSL.field(DSL.name("created_at"), LocalDateTime.class), at)
                .set(DSL.field(DSL.name("updated_at"), LocalDateTime.class), at)
                .returningResult(DSL.field(DSL.name("id"), Long.class)).fetchOne().value1();
    }

    private String pluginReads(DyadUser user, String key) {
        signIn(user);
        try {
            return registry.find(MODULE).orElseThrow().context().settings().get(key);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private SettingDefinition definition(String key) {
        return registry.find(MODULE).orElseThrow().module().settings().stream().filter(d -> d.key().equals(key))
                .findFirst().orElseThrow();
    }

    private int changesAudited() {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("module.settings.changed"));
    }

    private int storedRows() {
        return dsl.fetchCount(MODULE_SETTING, MODULE_SETTING.MODULE_ID.eq(MODULE));
    }
}
