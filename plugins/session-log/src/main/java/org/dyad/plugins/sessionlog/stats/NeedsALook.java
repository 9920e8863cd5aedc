package org.dyad.plugins.sessionlog.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A dyad flagged for the dashboard, with the reasons in plain words.
 */
public record NeedsALook(DyadSnapshot dyad, List<String> reasons) {

    public NeedsALook {
        reasons = List.copyOf(reasons);
    }

    /** The reasons this dyad needs a look now, empty when it does not. */
    public static List<String> reasons(DyadSnapshot d, Thresholds t, Instant now) {
        List<String> reasons = new ArrayList<>();
        if (d.removals24h() < t.minRemovals24h()) {
            reasons.add(d.removals24h() + " removals in the last 24 h (fewer than " + t.minRemovals24h() + ")");
        }
        d.latestGrams().filter(g -> (long) (d.birthWeightGrams() - g) * 100
                        > (long) t.maxWeightLossPercent() * d.birthWeightGrams())
                .ifPresent(g -> reasons.add("weight " + WeightTrajectory.percentChange(d.birthWeightGrams(), g)
                        + " % from birth weight (loss over " + t.maxWeightLossPercent() + " %)"));
        long silent = Duration.between(d.lastEntryAt(), now).toHours();
        if (silent >= t.silentHours()) {
            reasons.add("nothing logged for " + silent + " h");
        }
        return reasons;
    }
}
