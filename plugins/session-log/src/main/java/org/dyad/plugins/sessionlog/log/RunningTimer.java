package org.dyad.plugins.sessionlog.log;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A breastfeed in progress: kept as a row on the server, so closing the browser does not stop it.
 *
 * @param side          the side the baby is on now
 * @param sideStartedAt when the baby went onto {@code side}
 * @param leftSeconds   time on the left before {@code sideStartedAt}
 * @param rightSeconds  time on the right before {@code sideStartedAt}
 */
public record RunningTimer(long babyId, long clientId, Instant startedAt, Side side, Instant sideStartedAt,
                           int leftSeconds, int rightSeconds) {

    public RunningTimer {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(sideStartedAt, "sideStartedAt");
    }

    /** A timer just started on a side. */
    public static RunningTimer start(long babyId, long clientId, Side side, Instant now) {
        return new RunningTimer(babyId, clientId, now, side, now, 0, 0);
    }

    /** Time since the feed started. */
    public Duration elapsed(Instant now) {
        return Duration.between(startedAt, now);
    }

    /** Total time on a side up to now. */
    public int secondsOn(Side which, Instant now) {
        int before = which == Side.LEFT ? leftSeconds : rightSeconds;
        return which == side ? before + (int) Duration.between(sideStartedAt, now).toSeconds() : before;
    }

    /** The timer after moving the baby to the other side now. */
    public RunningTimer switched(Instant now) {
        return new RunningTimer(babyId, clientId, startedAt, side.other(), now,
                secondsOn(Side.LEFT, now), secondsOn(Side.RIGHT, now));
    }

    /** The breastfeed this timer becomes when stopped now; it ended on the current side. */
    public Breastfeed stop(Instant now) {
        return new Breastfeed(babyId, startedAt, now, secondsOn(Side.LEFT, now), secondsOn(Side.RIGHT, now), side,
                null, null);
    }
}
