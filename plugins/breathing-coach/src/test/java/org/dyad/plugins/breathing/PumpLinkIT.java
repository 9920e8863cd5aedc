package org.dyad.plugins.breathing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.OptionalDouble;
import org.dyad.plugins.breathing.pattern.BuiltInPatterns;
import org.dyad.plugins.breathing.session.Average;
import org.dyad.plugins.breathing.session.Comparison;
import org.dyad.plugins.breathing.session.SessionDraft;
import org.dyad.plugins.breathing.session.SessionService;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * "Breathe before you pump" with the real session-log plugin loaded and enabled next to the coach. Session-log comes
 * from a jar built once from a settled copy of its compiled classes, so a concurrent rebuild of that module cannot
 * break this test.
 */
@DyadPluginTest(prepare = SessionLogJar.class)
@EnabledIf(value = "org.dyad.plugins.breathing.SessionLogJar#compiled",
        disabledReason = "session-log is not compiled (no ../session-log/target/classes/plugin.properties): "
                + "build it first, e.g. ./mvnw -pl plugins/session-log compile")
class PumpLinkIT {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void pumps_preceded_by_breathing_are_compared_with_the_others_each_with_its_count(TestKit kit) {
        TestParent parent = kit.clinicA().parent1();
        TestKit.as(kit.clinicA().admin(), () -> kit.enablement().enable(kit.clinicA().admin(), "session-log"));
        long linked1 = pump(kit, parent, 100);
        long linked2 = pump(kit, parent, 80);
        pump(kit, parent, 60);
        pump(kit, parent, 50);
        pump(kit, parent, 40);
        kit.actAs(kit.clinicA().consultant());
        SessionService sessions = new SessionService(kit.context());
        sessions.save(session(parent, linked1, 5, 3));
        sessions.save(session(parent, linked2, 4, 3));

        Comparison figures = sessions.comparison(parent.clientId());

        assertThat(figures.afterBreathing()).contains(new Average(2, OptionalDouble.of(90)));
        assertThat(figures.withoutBreathing()).contains(new Average(3, OptionalDouble.of(50)));
        assertThat(figures.tensionChange()).isEqualTo(new Average(2, OptionalDouble.of(-1.5)));
        assertThat(sessions.history(parent.clientId())).extracting(s -> s.pumpEntryId())
                .containsExactlyInAnyOrder(linked1, linked2);
    }

    @Test
    void with_session_logging_disabled_the_link_is_absent_and_nothing_breaks(TestKit kit) {
        TestParent parent = kit.clinicB().parent1();
        long pump = pump(kit, parent, 70);
        TestKit.as(kit.clinicB().admin(), () -> kit.enablement().disable(kit.clinicB().admin(), "session-log"));
        kit.actAs(parent.user());

        var saved = new SessionService(kit.context()).save(session(parent, pump, 3, 2));

        assertThat(saved.pumpEntryId()).isNull();
        kit.actAs(kit.clinicB().consultant());
        Comparison figures = new SessionService(kit.context()).comparison(parent.clientId());
        assertThat(figures.afterBreathing()).isEmpty();
        assertThat(figures.withoutBreathing()).isEmpty();
    }

    private static SessionDraft session(TestParent parent, long pump, int before, int after) {
        return new SessionDraft(parent.clientId(), BuiltInPatterns.LET_DOWN_CALM, 3, before, after, START,
                START.plusSeconds(36), pump);
    }

    /** A pump entry written straight into session logging's table, as its timer would. */
    private static long pump(TestKit kit, TestParent parent, int ml) {
        LocalDateTime at = LocalDateTime.of(2026, 11, 25, 10, 1);
        return kit.dsl().insertInto(table(name("session_log_entry")))
                .set(field(name("clinic_id")), parent.client().clinicId())
                .set(field(name("client_id")), parent.clientId())
                .set(field(name("baby_id")), parent.babyId())
                .set(field(name("kind")), "PUMP")
                .set(field(name("started_at")), at)
                .set(field(name("ended_at")), at.plusMinutes(15))
                .set(field(name("total_ml")), ml)
                .set(field(name("created_at")), at)
                .set(field(name("updated_at")), at)
                .returningResult(field(name("id"), Long.class)).fetchOne().value1();
    }
}
