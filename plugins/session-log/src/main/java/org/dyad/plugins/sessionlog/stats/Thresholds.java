package org.dyad.plugins.sessionlog.stats;

import org.dyad.api.ValidationException;

/**
 * When a dyad needs a look: fewer removals than {@code minRemovals24h} in the last 24 h, a weight loss over
 * {@code maxWeightLossPercent} of birth weight, or nothing logged for {@code silentHours}. Module settings.
 */
public record Thresholds(int minRemovals24h, int maxWeightLossPercent, int silentHours) {

    public static final String MIN_REMOVALS = "min-removals-24h";
    public static final String MAX_WEIGHT_LOSS = "max-weight-loss-percent";
    public static final String SILENT_HOURS = "silent-hours";
    public static final Thresholds DEFAULTS = new Thresholds(8, 10, 48);

    public Thresholds {
        if (minRemovals24h < 0 || maxWeightLossPercent < 1 || maxWeightLossPercent > 50 || silentHours < 1) {
            throw new ValidationException("", "Thresholds out of range.");
        }
    }
}
