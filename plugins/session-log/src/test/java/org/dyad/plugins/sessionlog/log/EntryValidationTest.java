package org.dyad.plugins.sessionlog.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.dyad.api.ValidationException;
import org.junit.jupiter.api.Test;

class EntryValidationTest {

    private static final Instant T = Instant.parse("2026-03-10T08:00:00Z");

    private static ValidationException refused(Runnable create) {
        try {
            create.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a ValidationException");
    }

    @Test
    void a_feed_that_ends_before_it_starts_is_refused() {
        var e = refused(() -> new Breastfeed(1, T, T.minusSeconds(60), null, null, null, null, null));
        assertThat(e.fieldErrors()).containsEntry("end", "The end must be after the start.");
    }

    @Test
    void a_feed_longer_than_four_hours_is_refused() {
        var e = refused(() -> new Breastfeed(1, T, T.plus(Duration.ofHours(4)).plusSeconds(1), null, null, null,
                null, null));
        assertThat(e.getMessage()).isEqualTo("A feed cannot last longer than 4 hours.");
    }

    @Test
    void a_feed_of_exactly_four_hours_is_accepted() {
        assertThat(new Breastfeed(1, T, T.plus(Duration.ofHours(4)), null, null, null, null, null).duration())
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void side_times_longer_than_the_feed_are_refused() {
        var e = refused(() -> new Breastfeed(1, T, T.plusSeconds(600), 600, 300, Side.LEFT, null, null));
        assertThat(e.getMessage()).isEqualTo("Time on both sides cannot be longer than the feed.");
    }

    @Test
    void comfort_must_be_between_zero_and_ten() {
        var e = refused(() -> new Breastfeed(1, T, T.plusSeconds(600), null, null, null, 11, null));
        assertThat(e.fieldErrors()).containsEntry("comfort", "Comfort must be between 0 and 10.");
    }

    @Test
    void a_pumped_volume_below_zero_or_above_500_ml_per_side_is_refused() {
        assertThat(refused(() -> Pump.perSide(1, T, T.plusSeconds(900), -1, 40)).fieldErrors())
                .containsEntry("leftMl", "Volume must be between 0 and 500 ml per side.");
        assertThat(refused(() -> Pump.perSide(1, T, T.plusSeconds(900), 40, 501)).fieldErrors())
                .containsEntry("rightMl", "Volume must be between 0 and 500 ml per side.");
    }

    @Test
    void a_pump_per_side_adds_up_to_its_total() {
        assertThat(Pump.perSide(1, T, T.plusSeconds(900), 60, 45).totalMl()).isEqualTo(105);
    }

    @Test
    void a_pump_whose_total_disagrees_with_its_sides_is_refused() {
        assertThat(refused(() -> new Pump(1, T, T.plusSeconds(900), 60, 45, 100)).getMessage())
                .isEqualTo("The total must equal left plus right.");
    }

    @Test
    void a_pumping_session_longer_than_four_hours_is_refused() {
        assertThat(refused(() -> Pump.perSide(1, T, T.plus(Duration.ofMinutes(241)), 10, 10)).getMessage())
                .isEqualTo("A pumping session cannot last longer than 4 hours.");
    }

    @Test
    void a_bottle_over_500_ml_is_refused() {
        assertThat(refused(() -> new Bottle(1, T, 501, MilkType.FORMULA)).getMessage())
                .isEqualTo("Volume must be between 0 and 500 ml.");
    }

    @Test
    void weights_outside_300_to_10000_grams_are_refused_and_the_limits_accepted() {
        assertThat(refused(() -> new Weighing(1, T, 299)).getMessage())
                .isEqualTo("Weight must be between 300 and 10,000 g.");
        assertThat(refused(() -> new Weighing(1, T, 10_001)).getMessage())
                .isEqualTo("Weight must be between 300 and 10,000 g.");
        assertThat(new Weighing(1, T, 300).grams()).isEqualTo(300);
        assertThat(new Weighing(1, T, 10_000).grams()).isEqualTo(10_000);
    }

    @Test
    void a_diaper_must_be_wet_or_dirty() {
        assertThat(refused(() -> new Diaper(1, T, false, false)).getMessage()).isEqualTo("Choose wet, dirty or both.");
    }

    @Test
    void a_blank_note_is_stored_as_none() {
        assertThat(new Breastfeed(1, T, T.plusSeconds(60), null, null, null, null, "  ").note()).isNull();
    }

    @Test
    void several_problems_are_reported_together() {
        var e = refused(() -> new Breastfeed(1, T, T.minusSeconds(1), -5, null, null, 12, null));
        assertThat(e.fieldErrors()).containsOnlyKeys("end", "left", "comfort");
    }

    @Test
    void a_missing_bottle_type_is_reported() {
        assertThatThrownBy(() -> new Bottle(1, T, 30, null)).isInstanceOf(ValidationException.class)
                .hasMessage("Choose what was in the bottle.");
    }
}
