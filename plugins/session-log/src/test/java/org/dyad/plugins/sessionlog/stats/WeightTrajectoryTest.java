package org.dyad.plugins.sessionlog.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dyad.plugins.sessionlog.log.Weighing;
import org.junit.jupiter.api.Test;

class WeightTrajectoryTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    private static Weighing on(String day, int grams) {
        return new Weighing(1, LocalDate.parse(day).atTime(15, 0).atZone(ZONE).toInstant(), grams);
    }

    @Test
    void percent_change_is_relative_to_birth_weight() {
        assertThat(WeightTrajectory.percentChange(3500, 3150)).isEqualTo(-10.0);
        assertThat(WeightTrajectory.percentChange(3500, 3520)).isEqualTo(0.6);
    }

    @Test
    void birth_weight_is_regained_on_the_first_weighing_at_or_above_it_after_a_loss() {
        WeightTrajectory t = WeightTrajectory.of(3500, List.of(on("2026-03-12", 3400), on("2026-03-04", 3300),
                on("2026-03-15", 3500), on("2026-03-20", 3700)), ZONE);

        assertThat(t.regainedOn()).contains(LocalDate.parse("2026-03-15"));
        assertThat(t.lowest()).map(WeightTrajectory.Point::percentChange).contains(-5.7);
        assertThat(t.points()).extracting(WeightTrajectory.Point::date).isSorted();
    }

    @Test
    void a_baby_still_below_birth_weight_has_not_regained_it() {
        assertThat(WeightTrajectory.of(3500, List.of(on("2026-03-04", 3300), on("2026-03-08", 3450)), ZONE)
                .regainedOn()).isEmpty();
    }

    @Test
    void weighings_are_dated_in_the_clinic_zone() {
        Weighing lateEvening = new Weighing(1, Instant.parse("2026-03-05T03:00:00Z"), 3300);

        assertThat(WeightTrajectory.of(3500, List.of(lateEvening), ZONE).points().getFirst().date())
                .isEqualTo(LocalDate.parse("2026-03-04"));
    }
}
