package org.dyad.plugins.sessionlog.stats;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Diaper;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.Pump;

/**
 * Per-day totals. Days and nights are calendar days in the clinic's zone, so a day around a daylight-saving change has
 * 23 or 25 hours and every entry still falls on exactly one day; night is 00:00–06:00 local time.
 */
public final class DailyTotals {

    /** Night ends at 06:00 local time. */
    public static final LocalTime NIGHT_END = LocalTime.of(6, 0);

    private DailyTotals() {
    }

    /** One {@link DayTotals} per day from {@code from} to {@code to} inclusive, days without entries as zeros. */
    public static List<DayTotals> of(List<? extends Entry> entries, ZoneId zone, LocalDate from, LocalDate to) {
        Map<LocalDate, DayTotals> days = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, DayTotals.empty(d));
        }
        List<Entry> feeds = TopUps.feeds(entries);
        for (Entry entry : entries) {
            ZonedDateTime local = entry.start().atZone(zone);
            days.computeIfPresent(local.toLocalDate(), (d, t) -> add(t, entry, local, feeds.contains(entry)));
        }
        return new ArrayList<>(days.values());
    }

    static boolean isNight(ZonedDateTime local) {
        return local.toLocalTime().isBefore(NIGHT_END);
    }

    private static DayTotals add(DayTotals t, Entry e, ZonedDateTime local, boolean feed) {
        boolean removal = e.kind().isRemoval();
        return new DayTotals(t.date(),
                t.removals() + (removal ? 1 : 0),
                t.nightRemovals() + (removal && isNight(local) ? 1 : 0),
                t.feeds() + (feed ? 1 : 0),
                t.pumpedMl() + (e instanceof Pump p ? p.totalMl() : 0),
                t.bottleMl() + (e instanceof Bottle b ? b.ml() : 0),
                t.wetDiapers() + (e instanceof Diaper d && d.wet() ? 1 : 0),
                t.dirtyDiapers() + (e instanceof Diaper d && d.dirty() ? 1 : 0));
    }
}
