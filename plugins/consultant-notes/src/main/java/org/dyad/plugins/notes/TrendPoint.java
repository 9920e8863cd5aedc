package org.dyad.plugins.notes;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One baby's figures on one date: from a visit note (weight, LATCH total, milk transfer) or, for weights only, from
 * the session log.
 */
record TrendPoint(LocalDate date, long babyId, String babyName, @Nullable Integer weightGrams,
                  @Nullable Integer latchTotal, @Nullable Integer milkTransferredMl, Source source) {

    /** Where a figure was recorded. */
    enum Source { VISIT, SESSION_LOG }

    static TrendPoint of(LocalDate visitDate, BabySection baby) {
        return new TrendPoint(visitDate, baby.babyId(), baby.babyName(), baby.weightGrams(),
                baby.latch().total().orElse(null), baby.feed().milkTransferredMl().orElse(null), Source.VISIT);
    }

    boolean hasFigures() {
        return weightGrams != null || latchTotal != null || milkTransferredMl != null;
    }
}
