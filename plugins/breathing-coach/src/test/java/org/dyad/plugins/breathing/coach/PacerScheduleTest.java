package org.dyad.plugins.breathing.coach;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.plugins.breathing.pattern.BuiltInPatterns;
import org.dyad.plugins.breathing.pattern.PatternDraft;
import org.junit.jupiter.api.Test;

class PacerScheduleTest {

    @Test
    void the_default_pattern_places_every_boundary_from_the_start() {
        PacerSchedule schedule = PacerSchedule.of(BuiltInPatterns.LET_DOWN_CALM.shape());

        assertThat(schedule.steps()).extracting(PacerStep::startMs)
                .containsExactly(0L, 4000L, 6000L, 12000L, 16000L, 18000L, 24000L, 28000L, 30000L);
        assertThat(schedule.steps()).extracting(PacerStep::phase).startsWith(Phase.INHALE, Phase.HOLD_IN, Phase.EXHALE,
                Phase.INHALE);
        assertThat(schedule.totalMs()).isEqualTo(36000L);
        assertThat(schedule.cycles()).isEqualTo(3);
    }

    @Test
    void phases_of_zero_seconds_are_left_out() {
        PacerSchedule schedule = PacerSchedule.of(new PatternDraft("Plain", 3, 0, 3, 0, 2, ""));

        assertThat(schedule.steps()).extracting(PacerStep::phase)
                .containsExactly(Phase.INHALE, Phase.EXHALE, Phase.INHALE, Phase.EXHALE);
    }

    @Test
    void the_json_carries_labels_safely_escaped() {
        String json = PacerSchedule.of(new PatternDraft("One", 1, 0, 1, 0, 1, "")).toJson(p -> "say \"in\" </b>");

        assertThat(json).isEqualTo("{\"cycles\":1,\"total\":2000,\"steps\":["
                + "{\"cycle\":1,\"phase\":\"inhale\",\"label\":\"say \\\"in\\\" \\u003c/b>\",\"start\":0,"
                + "\"duration\":1000,\"scale\":1.0},"
                + "{\"cycle\":1,\"phase\":\"exhale\",\"label\":\"say \\\"in\\\" \\u003c/b>\",\"start\":1000,"
                + "\"duration\":1000,\"scale\":0.45}]}");
    }
}
