package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.api.ValidationException;
import org.junit.jupiter.api.Test;

class LatchTest {

    @Test
    void the_total_is_the_sum_of_the_five_items() {
        assertThat(new Latch(2, 1, 2, 1, 2).total()).contains(8);
        assertThat(new Latch(0, 0, 0, 0, 0).total()).contains(0);
        assertThat(new Latch(2, 2, 2, 2, 2).total()).contains(10);
    }

    @Test
    void no_total_is_computed_until_every_item_is_scored() {
        assertThat(new Latch(2, 1, null, 1, 2).total()).isEmpty();
        assertThat(new Latch(2, 1, null, 1, 2).isEmpty()).isFalse();
        assertThat(Latch.NONE.isEmpty()).isTrue();
    }

    @Test
    void an_item_outside_0_to_2_is_refused_with_its_name() {
        assertThatThrownBy(() -> new Latch(2, 1, 2, 3, 2))
                .isInstanceOf(ValidationException.class)
                .hasMessage("LATCH Comfort must be 0, 1 or 2 (got 3).");
        assertThatThrownBy(() -> new Latch(-1, 1, 2, 1, 2)).hasMessage("LATCH Latch must be 0, 1 or 2 (got -1).");
    }
}
