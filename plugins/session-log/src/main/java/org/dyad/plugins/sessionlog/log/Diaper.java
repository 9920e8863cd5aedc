package org.dyad.plugins.sessionlog.log;

import java.time.Instant;

/** A diaper change: wet, dirty or both. */
public record Diaper(long babyId, Instant start, boolean wet, boolean dirty) implements Entry {

    public Diaper {
        new Checks().start(start).require(wet || dirty, "wet", "Choose wet, dirty or both.").orThrow();
    }

    @Override
    public Kind kind() {
        return Kind.DIAPER;
    }

    @Override
    public Diaper forBaby(long otherBaby) {
        return new Diaper(otherBaby, start, wet, dirty);
    }
}
