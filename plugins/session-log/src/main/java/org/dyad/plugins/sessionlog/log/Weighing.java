package org.dyad.plugins.sessionlog.log;

import java.time.Instant;

/** The baby's weight, where weighed. */
public record Weighing(long babyId, Instant start, int grams) implements Entry {

    public static final int MIN_GRAMS = 300;
    public static final int MAX_GRAMS = 10_000;

    public Weighing {
        new Checks().start(start).require(grams >= MIN_GRAMS && grams <= MAX_GRAMS, "grams",
                "Weight must be between 300 and 10,000 g.").orThrow();
    }

    @Override
    public Kind kind() {
        return Kind.WEIGHT;
    }

    @Override
    public Weighing forBaby(long otherBaby) {
        return new Weighing(otherBaby, start, grams);
    }
}
