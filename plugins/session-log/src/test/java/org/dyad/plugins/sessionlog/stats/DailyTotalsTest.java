package org.dyad.plugins.sessionlog.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Diaper;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.MilkType;
import org.dyad.plugins.sessionlog.log.Pump;
import org.junit.jupiter.api.Test;

class DailyTotalsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Clocks jump from 02:00 to 03:00 on this day: it has 23 hours. */
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
    /** Clocks go back from 03:00 to 02:00 on this day: it has 25 hours. */
    private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 25);

    private static Breastfeed feedAt(LocalDate day, int hour, int minute) {
        var start = LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(BERLIN).toInstant();
        return new Breastfeed(1, start, start.plusSeconds(900), null, null, null, null, null);
    }

    @Test
    void removals_and_night_removals_count_by_local_day_across_the_spring_change() {
        List<Entry> entries = List.of(feedAt(SPRING, 0, 30), feedAt(SPRING, 1, 55), feedAt(SPRING, 3, 10),
                feedAt(SPRING, 5, 59), feedAt(SPRING, 6, 0), feedAt(SPRING, 23, 59));

        DayTotals day = DailyTotals.of(entries, BERLIN, SPRING, SPRING).getFirst();

        assertThat(day.removals()).isEqualTo(6);
        assertThat(day.nightRemovals()).isEqualTo(4);
    }

    @Test
    void the_repeated_hour_in_autumn_counts_each_feed_once_on_its_own_day() {
        var firstTwoOClock = LocalDateTime.of(AUTUMN, java.time.LocalTime.of(2, 30)).atZone(BERLIN)
                .withEarlierOffsetAtOverlap().toInstant();
        var secondTwoOClock = LocalDateTime.of(AUTUMN, java.time.LocalTime.of(2, 30)).atZone(BERLIN)
                .withLaterOffsetAtOverlap().toInstant();
        List<Entry> entries = List.of(
                new Breastfeed(1, firstTwoOClock, firstTwoOClock.plusSeconds(600), null, null, null, null, null),
                new Breastfeed(1, secondTwoOClock, secondTwoOClock.plusSeconds(600), null, null, null, null, null),
                feedAt(AUTUMN.minusDays(1), 23, 59), feedAt(AUTUMN.plusDays(1), 0, 0));

        List<DayTotals> days = DailyTotals.of(entries, BERLIN, AUTUMN.minusDays(1), AUTUMN.plusDays(1));

        assertThat(days).extracting(DayTotals::removals).containsExactly(1, 2, 1);
        assertThat(days).extracting(DayTotals::nightRemovals).containsExactly(0, 2, 1);
    }

    @Test
    void a_feed_at_23_30_utc_falls_on_the_next_local_day_in_berlin() {
        var start = java.time.Instant.parse("2026-06-01T23:30:00Z");
        List<Entry> entries = List.of(new Breastfeed(1, start, start.plusSeconds(600), null, null, null, null, null));

        List<DayTotals> days = DailyTotals.of(entries, BERLIN, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2));

        assertThat(days).extracting(DayTotals::removals).containsExactly(0, 1);
        assertThat(days.get(1).nightRemovals()).isEqualTo(1);
    }

    @Test
    void pumps_are_removals_and_add_to_pumped_volume_while_bottles_do_not_count_as_removals() {
        Breastfeed feed = feedAt(SPRING, 10, 0);
        Pump pump = Pump.perSide(1, feed.end().plusSeconds(60), feed.end().plusSeconds(900), 60, 45);
        Bottle topUp = new Bottle(1, feed.end().plusSeconds(120), 30, MilkType.BREAST_MILK);
        Bottle later = new Bottle(1, feed.end().plusSeconds(7200), 90, MilkType.FORMULA);
        Diaper diaper = new Diaper(1, feed.start().minusSeconds(60), true, true);

        DayTotals day = DailyTotals.of(List.of(feed, pump, topUp, later, diaper), BERLIN, SPRING, SPRING).getFirst();

        assertThat(day).isEqualTo(new DayTotals(SPRING, 2, 0, 2, 105, 120, 1, 1));
    }

    @Test
    void days_without_entries_are_zero_and_entries_outside_the_range_are_ignored() {
        List<DayTotals> days = DailyTotals.of(List.of(feedAt(SPRING.minusDays(5), 12, 0)), BERLIN, SPRING,
                SPRING.plusDays(1));

        assertThat(days).containsExactly(DayTotals.empty(SPRING), DayTotals.empty(SPRING.plusDays(1)));
    }
}
