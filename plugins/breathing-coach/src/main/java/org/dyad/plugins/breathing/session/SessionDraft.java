package org.dyad.plugins.breathing.session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.api.ValidationException;
import org.dyad.plugins.breathing.pattern.BreathingPattern;
import org.jspecify.annotations.Nullable;

/**
 * A breathing session to save. It is partial when fewer cycles were completed than the pattern has.
 *
 * @param tensionBefore "how tense do you feel", 1–5, or {@code null} when skipped
 * @param tensionAfter  the same after the exercise, or {@code null}
 * @param pumpEntryId   the session-log pump entry this breathing preceded, or {@code null}
 */
public record SessionDraft(long clientId, BreathingPattern pattern, int cyclesCompleted,
                           @Nullable Integer tensionBefore, @Nullable Integer tensionAfter,
                           Instant startedAt, Instant endedAt, @Nullable Long pumpEntryId) {

    /** The earliest a session may start: nothing before it is a real session (and the database holds it). */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** The longest a session may last, pauses included. */
    public static final Duration MAX_DURATION = Duration.ofHours(12);

    public SessionDraft {
        Map<String, String> errors = new LinkedHashMap<>();
        if (pattern == null) {
            errors.put("pattern", "Choose a breathing pattern.");
        } else if (cyclesCompleted < 0 || cyclesCompleted > pattern.cycles()) {
            errors.put("cyclesCompleted", "Cycles completed must be between 0 and " + pattern.cycles() + ".");
        }
        tension(errors, "tensionBefore", tensionBefore);
        tension(errors, "tensionAfter", tensionAfter);
        times(errors, startedAt, endedAt);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Whether the session was stopped before its last cycle. */
    public boolean partial() {
        return cyclesCompleted < pattern.cycles();
    }

    /** The same session without its pump link. */
    public SessionDraft withoutPump() {
        return new SessionDraft(clientId, pattern, cyclesCompleted, tensionBefore, tensionAfter, startedAt, endedAt,
                null);
    }

    private static void times(Map<String, String> errors, @Nullable Instant startedAt, @Nullable Instant endedAt) {
        if (startedAt == null || endedAt == null) {
            errors.put(startedAt == null ? "startedAt" : "endedAt", "A session needs a start and an end time.");
        } else if (startedAt.isBefore(EARLIEST)) {
            errors.put("startedAt", "A session cannot start before the year 2000.");
        } else if (endedAt.isBefore(startedAt)) {
            errors.put("endedAt", "A session cannot end before it starts.");
        } else if (Duration.between(startedAt, endedAt).compareTo(MAX_DURATION) > 0) {
            errors.put("endedAt", "A session cannot last longer than 12 hours.");
        }
    }

    private static void tension(Map<String, String> errors, String field, @Nullable Integer value) {
        if (value != null && (value < 1 || value > 5)) {
            errors.put(field, "How tense you feel is a number from 1 (calm) to 5 (very tense).");
        }
    }
}
