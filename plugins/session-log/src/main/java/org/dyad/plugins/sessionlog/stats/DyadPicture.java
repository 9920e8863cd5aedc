package org.dyad.plugins.sessionlog.stats;

import java.time.LocalDate;
import java.util.List;

/** What a consultant sees for one baby over a date range: daily totals, weights and the current feed status. */
public record DyadPicture(LocalDate from, LocalDate to, List<DayTotals> days, WeightTrajectory weights,
                          FeedStatus status) {
    public DyadPicture {
        days = List.copyOf(days);
    }
}
