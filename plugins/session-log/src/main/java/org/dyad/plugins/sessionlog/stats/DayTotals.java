package org.dyad.plugins.sessionlog.stats;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What happened on one calendar day in the clinic's time zone.
 *
 * @param removals      breastfeeds plus pumping sessions that started that day
 * @param nightRemovals the removals that started between 00:00 and 06:00
 * @param feeds         breastfeeds plus bottles that are not top-ups
 */
public record DayTotals(LocalDate date, int removals, int nightRemovals, int feeds, int pumpedMl, int bottleMl,
                        int wetDiapers, int dirtyDiapers) {
    public DayTotals {
        Objects.requireNonNull(date, "date");
    }

    static DayTotals empty(LocalDate date) {
        return new DayTotals(date, 0, 0, 0, 0, 0, 0, 0);
    }
}
