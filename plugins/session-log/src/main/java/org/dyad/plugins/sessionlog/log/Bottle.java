package org.dyad.plugins.sessionlog.log;

import java.time.Instant;

/** A bottle feed (or a top-up after a breastfeed). */
public record Bottle(long babyId, Instant start, int ml, MilkType milkType) implements Entry {

    public Bottle {
        new Checks().start(start).require(ml >= 0 && ml <= Checks.MAX_ML_PER_SIDE, "ml", "Volume must be between 0 and 500 ml.")
                .required(milkType, "milkType", "Choose what was in the bottle.").orThrow();
    }

    @Override
    public Kind kind() {
        return Kind.BOTTLE;
    }

    @Override
    public Bottle forBaby(long otherBaby) {
        return new Bottle(otherBaby, start, ml, milkType);
    }
}
