package org.dyad.plugins.breathing.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void tension_change_averages_only_sessions_with_both_checks() {
        Comparison figures = Comparison.of(List.of(session(1, 4, 2, null), session(2, 5, 4, null),
                session(3, 3, null, null)), Optional.empty());

        assertThat(figures.tensionChange()).isEqualTo(new Average(2, OptionalDouble.of(-1.5)));
    }

    @Test
    void pumps_linked_to_a_breathing_session_are_compared_with_the_others() {
        List<PumpVolume> pumps = List.of(new PumpVolume(10, 90), new PumpVolume(11, 70), new PumpVolume(12, 60),
                new PumpVolume(13, 50), new PumpVolume(14, 40));

        Comparison figures = Comparison.of(List.of(session(1, 4, 3, 10L), session(2, 4, 3, 11L)), Optional.of(pumps));

        assertThat(figures.afterBreathing()).contains(new Average(2, OptionalDouble.of(80)));
        assertThat(figures.withoutBreathing()).contains(new Average(3, OptionalDouble.of(50)));
    }

    @Test
    void without_session_logging_there_are_no_pump_figures() {
        Comparison figures = Comparison.of(List.of(session(1, 4, 3, 10L)), Optional.empty());

        assertThat(figures.afterBreathing()).isEmpty();
        assertThat(figures.withoutBreathing()).isEmpty();
    }

    @Test
    void a_group_without_pumps_has_a_count_of_zero_and_no_mean() {
        Comparison figures = Comparison.of(List.of(), Optional.of(List.of(new PumpVolume(10, 90))));

        assertThat(figures.afterBreathing()).contains(new Average(0, OptionalDouble.empty()));
        assertThat(figures.withoutBreathing()).contains(new Average(1, OptionalDouble.of(90)));
        assertThat(figures.tensionChange().n()).isZero();
    }

    private static BreathingSession session(long id, Integer before, Integer after, Long pump) {
        return new BreathingSession(id, 1, "Let-down calm", 3, 3, false, before, after, AT, AT.plusSeconds(36), pump);
    }
}
