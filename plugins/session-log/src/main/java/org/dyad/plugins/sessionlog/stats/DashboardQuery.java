package org.dyad.plugins.sessionlog.stats;

import static org.dyad.plugins.sessionlog.log.EntryTable.BABY_ID;
import static org.dyad.plugins.sessionlog.log.EntryTable.CLIENT_ID;
import static org.dyad.plugins.sessionlog.log.EntryTable.CLINIC_ID;
import static org.dyad.plugins.sessionlog.log.EntryTable.DELETED_AT;
import static org.dyad.plugins.sessionlog.log.EntryTable.ENTRY;
import static org.dyad.plugins.sessionlog.log.EntryTable.KIND;
import static org.dyad.plugins.sessionlog.log.EntryTable.STARTED_AT;
import static org.dyad.plugins.sessionlog.log.EntryTable.WEIGHT_G;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.plugins.sessionlog.log.Kind;
import org.dyad.plugins.sessionlog.log.Utc;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * One grouped query over a clinic's recent entries, joined to the core client and baby tables: the input of the
 * "dyads that need a look" card. Only dyads with an entry in the last {@link #ACTIVE_WINDOW} are considered, so
 * clients who never used the log (or stopped weeks ago) do not flood the card.
 */
final class DashboardQuery {

    static final Duration ACTIVE_WINDOW = Duration.ofDays(14);

    private static final Table<Record> BABY = table(name("baby"));
    private static final Field<Long> BABY_PK = field(name("baby", "id"), SQLDataType.BIGINT);
    private static final Field<String> BABY_NAME = field(name("baby", "name"), SQLDataType.VARCHAR);
    private static final Field<Integer> BIRTH_WEIGHT = field(name("baby", "birth_weight_g"), SQLDataType.INTEGER);
    private static final Table<Record> CLIENT = table(name("client"));
    private static final Field<Long> CLIENT_PK = field(name("client", "id"), SQLDataType.BIGINT);
    private static final Field<String> FIRST = field(name("client", "first_name"), SQLDataType.VARCHAR);
    private static final Field<String> LAST = field(name("client", "last_name"), SQLDataType.VARCHAR);
    private static final Field<LocalDateTime> ARCHIVED = field(name("client", "archived_at"),
            SQLDataType.LOCALDATETIME(6));

    private DashboardQuery() {
    }

    static List<DyadSnapshot> snapshots(DSLContext dsl, long clinicId, Instant now) {
        LocalDateTime since24h = Utc.toDb(now.minus(Duration.ofHours(24)));
        LocalDateTime active = Utc.toDb(now.minus(ACTIVE_WINDOW));
        Map<Long, Integer> weights = latestWeights(dsl, clinicId, active);
        // Group inside the covering index first (V2), then join the few hundred dyads to the core tables.
        Table<?> recent = dsl.select(CLIENT_ID.as("client_id"), BABY_ID.as("baby_id"),
                        sum(when(KIND.in(Kind.BREASTFEED.name(), Kind.PUMP.name()).and(STARTED_AT.gt(since24h)), 1)
                                .otherwise(0)).as("removals"),
                        max(STARTED_AT).as("last_at"))
                .from(ENTRY)
                .where(CLINIC_ID.eq(clinicId), STARTED_AT.gt(active), DELETED_AT.isNull())
                .groupBy(CLIENT_ID, BABY_ID)
                .asTable("recent");
        Field<Long> client = recent.field("client_id", Long.class);
        Field<Long> baby = recent.field("baby_id", Long.class);
        Field<java.math.BigDecimal> removals = recent.field("removals", java.math.BigDecimal.class);
        Field<LocalDateTime> last = recent.field("last_at", LocalDateTime.class);
        return dsl.select(client, baby, removals, last, FIRST, LAST, BABY_NAME, BIRTH_WEIGHT)
                .from(recent)
                .join(BABY).on(BABY_PK.eq(baby))
                .join(CLIENT).on(CLIENT_PK.eq(client))
                .where(ARCHIVED.isNull())
                .fetch(r -> new DyadSnapshot(r.get(client), r.get(baby), r.get(FIRST) + " " + r.get(LAST),
                        r.get(BABY_NAME), r.get(BIRTH_WEIGHT), r.get(removals).intValue(), Utc.fromDb(r.get(last)),
                        Optional.ofNullable(weights.get(r.get(baby)))));
    }

    /** The newest weighing per baby in the window (weighings are few, so newest-wins in Java is cheap). */
    private static Map<Long, Integer> latestWeights(DSLContext dsl, long clinicId, LocalDateTime since) {
        Map<Long, Integer> latest = new HashMap<>();
        dsl.select(BABY_ID, WEIGHT_G).from(ENTRY)
                .where(CLINIC_ID.eq(clinicId), STARTED_AT.gt(since), KIND.eq(Kind.WEIGHT.name()),
                        DELETED_AT.isNull())
                .orderBy(STARTED_AT)
                .forEach(r -> latest.put(r.get(BABY_ID), r.get(WEIGHT_G)));
        return latest;
    }
}
