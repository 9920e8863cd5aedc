package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestClinic;
import org.dyad.testkit.TestKit;
import org.junit.jupiter.api.Test;

@DyadPluginTest(alsoLoad = "../session-log")
class SessionLogTrendsIT {

    @Test
    void weights_logged_in_the_session_log_join_the_visit_weights_once_that_module_is_enabled(TestKit kit) {
        TestClinic clinic = kit.clinicA();
        kit.actAs(clinic.consultant());
        Charting.draft(kit, clinic.parent1());
        logWeight(kit, clinic, 3655);
        ClientNotes notes = new ClientNotes(kit.context());
        assertThat(notes.trends(clinic.parent1().clientId())).extracting(TrendPoint::source)
                .as("session log not enabled for the clinic").containsOnly(TrendPoint.Source.VISIT);

        TestKit.as(clinic.admin(), () -> kit.enablement().enable(clinic.admin(), "session-log"));

        assertThat(notes.trends(clinic.parent1().clientId()))
                .filteredOn(point -> point.source() == TrendPoint.Source.SESSION_LOG)
                .singleElement().satisfies(point -> {
                    assertThat(point.weightGrams()).isEqualTo(3655);
                    assertThat(point.babyId()).isEqualTo(clinic.parent1().babyId());
                });
    }

    private static void logWeight(TestKit kit, TestClinic clinic, int grams) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        kit.dsl().insertInto(table(name("session_log_entry")))
                .set(field(name("clinic_id")), clinic.id())
                .set(field(name("client_id")), clinic.parent1().clientId())
                .set(field(name("baby_id")), clinic.parent1().babyId())
                .set(field(name("kind")), "WEIGHT")
                .set(field(name("started_at")), now)
                .set(field(name("weight_g")), grams)
                .set(field(name("created_at")), now)
                .set(field(name("updated_at")), now)
                .execute();
    }
}
