package org.dyad.plugins.sessionlog.log;

import static org.dyad.plugins.sessionlog.log.EntryTable.*;

import java.util.HashMap;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/** Maps entries to the columns of {@code session_log_entry} and back. */
final class EntryMapper {

    private EntryMapper() {
    }

    /** The kind-specific columns (every other kind's columns null, so that an update clears them). */
    static Map<Field<?>, @Nullable Object> columns(Entry entry) {
        Map<Field<?>, @Nullable Object> c = new HashMap<>();
        for (Field<?> f : new Field<?>[] {ENDED_AT, LEFT_SECONDS, RIGHT_SECONDS, END_SIDE, LEFT_ML, RIGHT_ML, TOTAL_ML,
                MILK_TYPE, WET, DIRTY, WEIGHT_G, COMFORT, NOTE}) {
            c.put(f, null);
        }
        c.put(BABY_ID, entry.babyId());
        c.put(KIND, entry.kind().name());
        c.put(STARTED_AT, Utc.toDb(entry.start()));
        switch (entry) {
            case Breastfeed b -> {
                c.put(ENDED_AT, Utc.toDb(b.end()));
                c.put(LEFT_SECONDS, b.leftSeconds());
                c.put(RIGHT_SECONDS, b.rightSeconds());
                c.put(END_SIDE, b.endSide() == null ? null : b.endSide().name());
                c.put(COMFORT, b.comfort());
                c.put(NOTE, b.note());
            }
            case Pump p -> {
                c.put(ENDED_AT, Utc.toDb(p.end()));
                c.put(LEFT_ML, p.leftMl());
                c.put(RIGHT_ML, p.rightMl());
                c.put(TOTAL_ML, p.totalMl());
            }
            case Bottle b -> {
                c.put(TOTAL_ML, b.ml());
                c.put(MILK_TYPE, b.milkType().name());
            }
            case Diaper d -> {
                c.put(WET, d.wet());
                c.put(DIRTY, d.dirty());
            }
            case Weighing w -> c.put(WEIGHT_G, w.grams());
        }
        return c;
    }

    static LoggedEntry toLogged(Record r) {
        return new LoggedEntry(r.get(ID), r.get(CLIENT_ID), toEntry(r));
    }

    static Entry toEntry(Record r) {
        long baby = r.get(BABY_ID);
        var start = Utc.fromDb(r.get(STARTED_AT));
        return switch (Kind.valueOf(r.get(KIND))) {
            case BREASTFEED -> new Breastfeed(baby, start, Utc.fromDb(r.get(ENDED_AT)), r.get(LEFT_SECONDS),
                    r.get(RIGHT_SECONDS), r.get(END_SIDE) == null ? null : Side.valueOf(r.get(END_SIDE)),
                    r.get(COMFORT), r.get(NOTE));
            case PUMP -> new Pump(baby, start, Utc.fromDb(r.get(ENDED_AT)), r.get(LEFT_ML), r.get(RIGHT_ML),
                    r.get(TOTAL_ML));
            case BOTTLE -> new Bottle(baby, start, r.get(TOTAL_ML), MilkType.valueOf(r.get(MILK_TYPE)));
            case DIAPER -> new Diaper(baby, start, Boolean.TRUE.equals(r.get(WET)), Boolean.TRUE.equals(r.get(DIRTY)));
            case WEIGHT -> new Weighing(baby, start, r.get(WEIGHT_G));
        };
    }
}
