package org.dyad.plugins.sessionlog.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.dyad.api.ValidationException;
import org.junit.jupiter.api.Test;

class EntryRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    private static Breastfeed feed(long baby, int fromMinute, int toMinute) {
        return new Breastfeed(baby, NOW.plusSeconds(fromMinute * 60L), NOW.plusSeconds(toMinute * 60L), null, null,
                null, null, null);
    }

    @Test
    void an_entry_more_than_five_minutes_in_the_future_is_refused() {
        assertThatThrownBy(() -> EntryRules.requireNotInFuture(new Weighing(1, NOW.plusSeconds(301), 3000), NOW))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Times more than 5 minutes in the future cannot be logged.");
    }

    @Test
    void a_feed_ending_more_than_five_minutes_from_now_is_refused() {
        assertThatThrownBy(() -> EntryRules.requireNotInFuture(feed(1, -10, 6), NOW))
                .hasMessage("Times more than 5 minutes in the future cannot be logged.");
    }

    @Test
    void an_entry_up_to_five_minutes_ahead_is_accepted_for_phone_clock_drift() {
        assertThatCode(() -> EntryRules.requireNotInFuture(new Weighing(1, NOW.plusSeconds(300), 3000), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void overlapping_breastfeeds_of_the_same_baby_are_refused() {
        assertThatThrownBy(() -> EntryRules.requireNoOverlap(feed(1, -30, -10), List.of(feed(1, -20, 0))))
                .hasMessage("This feed overlaps another breastfeed of the same baby.");
    }

    @Test
    void a_feed_starting_when_the_previous_one_ended_does_not_overlap() {
        assertThat(EntryRules.overlapping(feed(1, -10, 0), List.of(feed(1, -30, -10)))).isEmpty();
    }

    @Test
    void feeds_of_twins_at_the_same_time_do_not_overlap() {
        assertThat(EntryRules.overlapping(feed(1, -30, -10), List.of(feed(2, -30, -10)))).isEmpty();
    }

    @Test
    void a_pump_during_a_breastfeed_is_not_an_overlap() {
        Pump pump = Pump.perSide(1, NOW.minusSeconds(1200), NOW.minusSeconds(600), 20, 20);
        assertThat(EntryRules.overlapping(pump, List.of(feed(1, -30, -5)))).isEmpty();
    }

    @Test
    void the_sweep_finds_an_overlap_hidden_behind_a_long_feed_and_ignores_other_babies_and_touching_feeds() {
        assertThat(EntryRules.anyOverlap(List.of(feed(1, 0, 60), feed(1, 10, 20), feed(1, 30, 40)))).isTrue();
        assertThat(EntryRules.anyOverlap(List.of(feed(1, 30, 40), feed(1, 0, 60)))).isTrue();
        assertThat(EntryRules.anyOverlap(List.of(feed(1, 0, 30), feed(2, 10, 20), feed(1, 30, 40),
                new Weighing(1, NOW.plusSeconds(600), 3000)))).isFalse();
    }
}
