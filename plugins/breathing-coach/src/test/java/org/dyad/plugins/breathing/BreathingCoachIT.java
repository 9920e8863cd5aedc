package org.dyad.plugins.breathing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ValidationException;
import org.dyad.plugins.breathing.pattern.BreathingPattern;
import org.dyad.plugins.breathing.pattern.BuiltInPatterns;
import org.dyad.plugins.breathing.pattern.PatternDraft;
import org.dyad.plugins.breathing.pattern.PatternService;
import org.dyad.plugins.breathing.session.BreathingSession;
import org.dyad.plugins.breathing.session.SessionDraft;
import org.dyad.plugins.breathing.session.SessionService;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestKit;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

/** Patterns and sessions on real MariaDB, with the plugin loaded by the real host and session logging absent. */
@DyadPluginTest
class BreathingCoachIT {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void a_clinic_pattern_is_saved_listed_and_can_become_the_clinic_default(TestKit kit) {
        kit.actAs(kit.clinicA().admin());
        PatternService patterns = new PatternService(kit.context());

        BreathingPattern evening = patterns.create(new PatternDraft("Evening", 5, 1, 7, 1, 4, "Long and slow."));
        patterns.chooseDefault(evening.key());

        assertThat(patterns.all()).extracting(BreathingPattern::name).contains("Let-down calm", "Evening");
        assertThat(patterns.clinicDefault()).isEqualTo(evening);
        kit.actAs(kit.clinicB().parent1().user());
        assertThat(new PatternService(kit.context()).clinicDefault()).isEqualTo(BuiltInPatterns.LET_DOWN_CALM);
        assertThat(new PatternService(kit.context()).all()).extracting(BreathingPattern::name).doesNotContain("Evening");
    }

    @Test
    void the_same_pattern_saved_again_returns_the_stored_one_without_a_second_row_or_audit_event(TestKit kit) {
        kit.actAs(kit.clinicA().consultant());
        PatternService patterns = new PatternService(kit.context());
        PatternDraft draft = new PatternDraft("Night pump calm", 4, 1, 7, 0, 4, "Shoulders soft.");
        BreathingPattern first = patterns.create(draft);
        int before = patternRows(kit);

        BreathingPattern again = patterns.create(draft);

        assertThat(again).isEqualTo(first);
        assertThat(patternRows(kit)).isEqualTo(before);
        long id = Long.parseLong(first.key().substring("clinic-".length()));
        assertThat(kit.dsl().fetchCount(table(name("audit_event")),
                field(name("action"), String.class).eq("breathing-coach.pattern.created"),
                field(name("subject_id"), Long.class).eq(id))).isEqualTo(1);
        assertThatThrownBy(() -> patterns.create(new PatternDraft("Night pump calm", 4, 1, 8, 0, 4, "Shoulders soft.")))
                .as("the same name with other timings is still taken")
                .hasMessage("This clinic already has a pattern named \u201cNight pump calm\u201d.");
    }

    @Test
    void a_name_already_used_in_the_clinic_is_refused_and_nothing_is_saved(TestKit kit) {
        kit.actAs(kit.clinicA().consultant());
        PatternService patterns = new PatternService(kit.context());
        patterns.create(new PatternDraft("Before the pump", 4, 0, 6, 0, 3, ""));
        int before = patternRows(kit);

        assertThatThrownBy(() -> patterns.create(new PatternDraft("before the PUMP", 4, 0, 6, 0, 3, "")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("This clinic already has a pattern named \u201cbefore the PUMP\u201d.");
        assertThatThrownBy(() -> patterns.create(new PatternDraft("Box breathing", 4, 0, 6, 0, 3, "")))
                .hasMessage("This clinic already has a pattern named \u201cBox breathing\u201d.");
        assertThat(patternRows(kit)).isEqualTo(before);
    }

    @Test
    void a_parent_may_not_define_clinic_patterns(TestKit kit) {
        kit.actAs(kit.clinicA().parent1().user());

        assertThatThrownBy(() -> new PatternService(kit.context())
                .create(new PatternDraft("Mine", 4, 0, 6, 0, 3, ""))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_complete_session_is_saved_with_its_pattern_cycles_tension_and_times(TestKit kit) {
        kit.actAs(kit.clinicA().parent1().user());
        long client = kit.clinicA().parent1().clientId();

        BreathingSession saved = new SessionService(kit.context()).save(new SessionDraft(client,
                BuiltInPatterns.LET_DOWN_CALM, 3, 4, 2, START, START.plusSeconds(36), null));

        Record row = sessionRow(kit, saved.id());
        assertThat(row.get("pattern_name")).isEqualTo("Let-down calm");
        assertThat(row.get("cycles_completed", Integer.class)).isEqualTo(3);
        assertThat(row.get("partial", Boolean.class)).isFalse();
        assertThat(row.get("tension_before", Integer.class)).isEqualTo(4);
        assertThat(row.get("tension_after", Integer.class)).isEqualTo(2);
        assertThat(row.get("started_at").toString()).startsWith("2026-11-25 10:00:00");
        assertThat(row.get("ended_at").toString()).startsWith("2026-11-25 10:00:36");
    }

    @Test
    void a_session_stopped_early_is_saved_as_partial_and_the_after_check_can_follow(TestKit kit) {
        kit.actAs(kit.clinicA().parent2().user());
        long client = kit.clinicA().parent2().clientId();
        SessionService sessions = new SessionService(kit.context());

        BreathingSession saved = sessions.save(new SessionDraft(client, BuiltInPatterns.BOX, 1, null, null, START,
                START.plusSeconds(20), null));
        sessions.recordTensionAfter(saved.id(), 3);

        assertThat(sessions.history(client)).singleElement().satisfies(s -> {
            assertThat(s.partial()).isTrue();
            assertThat(s.cyclesCompleted()).isEqualTo(1);
            assertThat(s.cyclesPlanned()).isEqualTo(4);
            assertThat(s.tensionBefore()).isNull();
            assertThat(s.tensionAfter()).isEqualTo(3);
        });
    }

    @Test
    void a_parent_cannot_save_a_session_for_another_client(TestKit kit) {
        kit.actAs(kit.clinicA().parent1().user());
        long other = kit.clinicA().parent2().clientId();

        assertThatThrownBy(() -> new SessionService(kit.context()).save(new SessionDraft(other,
                BuiltInPatterns.LET_DOWN_CALM, 3, null, null, START, START.plusSeconds(36), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void without_session_logging_the_pump_link_is_dropped_and_there_are_no_pump_figures(TestKit kit) {
        kit.actAs(kit.clinicB().consultant());
        long client = kit.clinicB().parent2().clientId();
        SessionService sessions = new SessionService(kit.context());

        BreathingSession saved = sessions.save(new SessionDraft(client, BuiltInPatterns.LET_DOWN_CALM, 3, 5, 3, START,
                START.plusSeconds(36), 991L));

        assertThat(kit.context().navigation().isEnabled("session-log")).isFalse();
        assertThat(sessionRow(kit, saved.id()).get("pump_entry_id")).isNull();
        var figures = sessions.comparison(client);
        assertThat(figures.tensionChange().n()).isEqualTo(1);
        assertThat(figures.tensionChange().mean()).hasValue(-2.0);
        assertThat(figures.afterBreathing()).isEmpty();
        assertThat(figures.withoutBreathing()).isEmpty();
    }

    private static int patternRows(TestKit kit) {
        return kit.dsl().fetchCount(table(name("breathing_coach_pattern")));
    }

    private static Record sessionRow(TestKit kit, long id) {
        return kit.dsl().selectFrom(table(name("breathing_coach_session")))
                .where(field(name("id"), Long.class).eq(id)).fetchSingle();
    }
}
