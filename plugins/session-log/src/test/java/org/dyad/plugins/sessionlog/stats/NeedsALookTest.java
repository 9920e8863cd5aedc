package org.dyad.plugins.sessionlog.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NeedsALookTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private static DyadSnapshot dyad(int removals, Duration sinceLast, Integer grams) {
        return new DyadSnapshot(1, 2, "Ana", "Mia", 3500, removals, NOW.minus(sinceLast), Optional.ofNullable(grams));
    }

    @Test
    void eight_removals_in_24_hours_and_a_small_loss_need_no_look() {
        assertThat(NeedsALook.reasons(dyad(8, Duration.ofHours(1), 3150), Thresholds.DEFAULTS, NOW)).isEmpty();
    }

    @Test
    void seven_removals_in_24_hours_need_a_look() {
        assertThat(NeedsALook.reasons(dyad(7, Duration.ofHours(1), null), Thresholds.DEFAULTS, NOW))
                .containsExactly("7 removals in the last 24 h (fewer than 8)");
    }

    @Test
    void a_loss_of_just_over_ten_percent_needs_a_look() {
        assertThat(NeedsALook.reasons(dyad(9, Duration.ofHours(1), 3149), Thresholds.DEFAULTS, NOW))
                .containsExactly("weight -10.0 % from birth weight (loss over 10 %)");
    }

    @Test
    void nothing_logged_for_48_hours_needs_a_look_but_47_hours_does_not() {
        assertThat(NeedsALook.reasons(dyad(9, Duration.ofHours(48), null), Thresholds.DEFAULTS, NOW))
                .containsExactly("nothing logged for 48 h");
        assertThat(NeedsALook.reasons(dyad(9, Duration.ofMinutes(47 * 60 + 59), null), Thresholds.DEFAULTS, NOW))
                .isEmpty();
    }

    @Test
    void thresholds_from_the_settings_are_used() {
        Thresholds strict = new Thresholds(10, 5, 12);
        assertThat(NeedsALook.reasons(dyad(9, Duration.ofHours(13), 3300), strict, NOW)).hasSize(3);
    }
}
