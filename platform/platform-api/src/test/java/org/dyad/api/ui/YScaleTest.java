package org.dyad.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YScaleTest {

    @Test
    void counts_get_ticks_at_round_numbers_from_zero() {
        YScale scale = YScale.covering(List.of(3.0, 11.0), true);

        assertThat(scale.min()).isZero();
        assertThat(scale.max()).isEqualTo(15.0);
        assertThat(scale.ticks()).containsExactly(0.0, 5.0, 10.0, 15.0);
    }

    @Test
    void weights_are_not_forced_down_to_zero() {
        YScale scale = YScale.covering(List.of(3050.0, 3420.0), false);

        assertThat(scale.min()).isEqualTo(3000.0);
        assertThat(scale.max()).isEqualTo(3500.0);
        assertThat(scale.step()).isEqualTo(100.0);
    }

    @Test
    void a_single_value_gets_a_range_around_it() {
        YScale scale = YScale.covering(List.of(5.0), true);

        assertThat(scale.min()).isZero();
        assertThat(scale.max()).isGreaterThan(5.0);
    }

    @Test
    void the_maximum_maps_to_the_top_and_the_minimum_to_the_bottom() {
        YScale scale = new YScale(0, 10, 2);

        assertThat(scale.toY(10, 20, 220)).isEqualTo(20.0);
        assertThat(scale.toY(0, 20, 220)).isEqualTo(220.0);
        assertThat(scale.toY(5, 20, 220)).isEqualTo(120.0);
    }
}
