package org.dyad.plugins.sessionlog.log;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A breastfeed.
 *
 * @param leftSeconds  time on the left breast, or null when not recorded
 * @param rightSeconds time on the right breast, or null when not recorded
 * @param endSide      the side the feed ended on (the next feed starts on the other side), or null
 * @param comfort      comfort/pain 0 (none) to 10 (worst), or null
 */
public record Breastfeed(long babyId, Instant start, Instant end, @Nullable Integer leftSeconds,
                         @Nullable Integer rightSeconds, @Nullable Side endSide, @Nullable Integer comfort,
                         @Nullable String note) implements Entry {

    public Breastfeed {
        note = note == null || note.isBlank() ? null : note.strip();
        new Checks().session(start, end, "A feed cannot last longer than 4 hours.")
                .require(leftSeconds == null || leftSeconds >= 0, "left", "Side times cannot be negative.")
                .require(rightSeconds == null || rightSeconds >= 0, "right", "Side times cannot be negative.")
                .require(sidesFit(start, end, leftSeconds, rightSeconds), "left",
                        "Time on both sides cannot be longer than the feed.")
                .require(comfort == null || (comfort >= 0 && comfort <= 10), "comfort",
                        "Comfort must be between 0 and 10.")
                .note(note).orThrow();
    }

    private static boolean sidesFit(Instant start, @Nullable Instant end, @Nullable Integer left,
                                    @Nullable Integer right) {
        if (start == null || end == null || end.isBefore(start)) {
            return true;
        }
        long sides = (left == null ? 0L : left) + (right == null ? 0L : right);
        return sides <= Duration.between(start, end).toSeconds() + 60;
    }

    @Override
    public Kind kind() {
        return Kind.BREASTFEED;
    }

    @Override
    public Breastfeed forBaby(long otherBaby) {
        return new Breastfeed(otherBaby, start, end, leftSeconds, rightSeconds, endSide, comfort, note);
    }

    /** How long the feed lasted. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
