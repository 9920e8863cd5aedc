package org.dyad.plugins.sessionlog.log;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A pumping session with a volume per side, or only a total.
 *
 * @param totalMl left plus right when sides are given (computed when omitted), else the total pumped
 */
public record Pump(long babyId, Instant start, Instant end, @Nullable Integer leftMl, @Nullable Integer rightMl,
                   int totalMl) implements Entry {

    public Pump {
        new Checks().session(start, end, "A pumping session cannot last longer than 4 hours.")
                .volume(leftMl, "leftMl").volume(rightMl, "rightMl")
                .require(totalMl >= 0 && totalMl <= 2 * Checks.MAX_ML_PER_SIDE, "totalMl",
                        "The total must be between 0 and 1,000 ml.")
                .require(leftMl == null && rightMl == null || totalMl == orZero(leftMl) + orZero(rightMl),
                        "totalMl", "The total must equal left plus right.")
                .orThrow();
    }

    /** A session with volumes per side; the total is their sum. */
    public static Pump perSide(long babyId, Instant start, Instant end, @Nullable Integer leftMl,
                               @Nullable Integer rightMl) {
        return new Pump(babyId, start, end, leftMl, rightMl, orZero(leftMl) + orZero(rightMl));
    }

    private static int orZero(@Nullable Integer ml) {
        return ml == null ? 0 : ml;
    }

    @Override
    public Kind kind() {
        return Kind.PUMP;
    }

    @Override
    public Pump forBaby(long otherBaby) {
        return new Pump(otherBaby, start, end, leftMl, rightMl, totalMl);
    }
}
