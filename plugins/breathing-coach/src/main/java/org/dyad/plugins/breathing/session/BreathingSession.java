package org.dyad.plugins.breathing.session;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A saved breathing session, as shown in the history. */
public record BreathingSession(long id, long clientId, String patternName, int cyclesPlanned, int cyclesCompleted,
                               boolean partial, @Nullable Integer tensionBefore, @Nullable Integer tensionAfter,
                               Instant startedAt, Instant endedAt, @Nullable Long pumpEntryId) {

    /** After minus before, when both were given: negative means calmer. */
    public @Nullable Integer tensionChange() {
        return tensionBefore == null || tensionAfter == null ? null : tensionAfter - tensionBefore;
    }
}
