package org.dyad.web.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.api.ClientRef;
import org.dyad.api.extension.DemoDataContributor.DemoClinic;
import org.dyad.core.module.DemoContributions;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.dyad.web.Browser;
import org.dyad.web.DyadApplication;
import org.dyad.web.TestDatabase;
import org.dyad.web.journeys.PluginAppTestBase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's run command turns on the modules' demo data: the app with every built plugin jar, a fresh database and
 * {@code dyad.demo.module-data=true} starts with feeds, breathing sessions, assigned reading and visit notes in both demo
 * clinics, none of it in the future, and the session log's dashboard card names dyads that need a look.
 */
@SpringBootTest(classes = DyadApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModuleDemoDataIT {

    private static final List<String> TIMED = List.of("session_log_entry.started_at",
            "breathing_coach_session.started_at", "breathing_coach_session.ended_at",
            "education_library_reading.assigned_at", "consultant_notes_note.signed_at");

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) throws IOException {
        String url = TestDatabase.freshDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("dyad.demo-data", () -> "true");
        registry.add("dyad.demo.module-data", () -> "true");
        Path plugins = Files.createTempDirectory("dyad-plugins");
        for (Path jar : PluginAppTestBase.builtPluginJars()) {
            Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        registry.add("dyad.plugins.dir", plugins::toString);
        registry.add("dyad.plugins.mode", () -> "deployment");
    }

    @Autowired
    DSLContext dsl;

    @Autowired
    DemoContributions contributions;

    @Autowired
    AccountService accounts;

    @Value("${local.server.port}")
    int port;

    @Test
    void every_module_wrote_sample_data_for_both_demo_clinics() {
        List<Long> clinics = dsl.select(DSL.field("id", Long.class)).from("clinic").fetch().into(Long.class);
        assertThat(clinics).hasSize(2);
        for (long clinic : clinics) {
            assertThat(rows("session_log_entry", clinic)).as("feeds of clinic %d", clinic).isGreaterThan(300);
            assertThat(dsl.fetchCount(dsl.selectDistinct(DSL.field("client_id")).from("session_log_entry")
                    .where(DSL.field("clinic_id").eq(clinic)))).as("dyads with a log").isEqualTo(6);
            assertThat(rows("breathing_coach_session", clinic)).as("breathing sessions").isGreaterThanOrEqualTo(6);
            assertThat(rows("education_library_reading", clinic)).as("assigned reading").isEqualTo(9);
            assertThat(dsl.fetchCount(DSL.table("consultant_notes_note"), DSL.field("clinic_id").eq(clinic),
                    DSL.field("status").eq("SIGNED"), DSL.field("plan_shared_at").isNotNull())).isEqualTo(3);
            assertThat(dsl.fetchCount(DSL.table("consultant_notes_note"), DSL.field("clinic_id").eq(clinic),
                    DSL.field("status").eq("DRAFT"))).isEqualTo(1);
        }
        assertThat(dsl.fetchCount(DSL.table("education_library_reading"),
                DSL.field("finished_at").isNotNull())).isEqualTo(6);
    }

    @Test
    void nothing_lies_in_the_future() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (String column : TIMED) {
            String[] parts = column.split("\\.");
            assertThat(dsl.fetchCount(DSL.table(parts[0]), DSL.field(parts[1], LocalDateTime.class).gt(now)))
                    .as(column).isZero();
        }
    }

    @Test
    void the_consultant_dashboard_names_the_dyads_that_need_a_look() {
        try (Browser browser = new Browser()) {
            Page page = browser.desktop();
            Browser.login(page, "http://localhost:" + port + "/", "willow.consultant", DemoData.PASSWORD);
            page.waitForURL(Pattern.compile(".*/staff$"));
            assertThat(page.locator(".dyad-module-card").first()).isVisible();
            var flagged = page.locator(".dyad-module-card li");
            assertThat(flagged.filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("removals in the last 24 h"))).not().hasCount(0);
            assertThat(flagged.filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("nothing logged for"))).not().hasCount(0);
            assertThat(flagged).hasCount(2);
            Browser.assertAccessible(page);
        }
    }

    @Test
    void a_failing_contributor_is_contained_and_the_others_still_write() {
        DyadUser consultant = accounts.findUser(accounts.findByUsername("willow.consultant").orElseThrow().getId())
                .orElseThrow();
        long willow = consultant.clinic().orElseThrow();
        long harborClient = dsl.select(DSL.field("id", Long.class)).from("client")
                .where(DSL.field("clinic_id").ne(willow)).limit(1).fetchSingle().value1();
        long harborBaby = dsl.select(DSL.field("id", Long.class)).from("baby")
                .where(DSL.field("client_id").eq(harborClient)).limit(1).fetchSingle().value1();
        ClientRef stranger = new ClientRef(willow, harborClient, "Someone else",
                List.of(new ClientRef.BabyRef(harborBaby, "Baby", LocalDate.now().minusDays(30), 3200, 40)));
        int entries = rows("session_log_entry", willow);
        int notes = rows("consultant_notes_note", willow);

        List<String> completed = contributions.write(consultant,
                new DemoClinic(willow, ZoneId.of("Europe/London"), List.of(stranger), List.of()));

        assertThat(completed).as("session log and notes refuse another clinic's client; the others go on")
                .containsExactlyInAnyOrder("education-library", "breathing-coach");
        assertThat(rows("session_log_entry", willow)).isEqualTo(entries);
        assertThat(rows("consultant_notes_note", willow)).isEqualTo(notes);
    }

    private int rows(String table, long clinic) {
        return dsl.fetchCount(DSL.table(table), DSL.field("clinic_id").eq(clinic));
    }
}
