package org.dyad.plugins.breathing.session;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The session table, named for jOOQ's DSL. */
final class SessionTable {

    static final String NAME = "breathing_coach_session";
    static final Table<Record> SESSION = DSL.table(DSL.name(NAME));
    static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    static final Field<Long> CLINIC_ID = DSL.field(DSL.name("clinic_id"), SQLDataType.BIGINT);
    static final Field<Long> CLIENT_ID = DSL.field(DSL.name("client_id"), SQLDataType.BIGINT);
    static final Field<String> PATTERN_KEY = DSL.field(DSL.name("pattern_key"), SQLDataType.VARCHAR);
    static final Field<String> PATTERN_NAME = DSL.field(DSL.name("pattern_name"), SQLDataType.VARCHAR);
    static final Field<Integer> INHALE = DSL.field(DSL.name("inhale_s"), SQLDataType.INTEGER);
    static final Field<Integer> HOLD_IN = DSL.field(DSL.name("hold_in_s"), SQLDataType.INTEGER);
    static final Field<Integer> EXHALE = DSL.field(DSL.name("exhale_s"), SQLDataType.INTEGER);
    static final Field<Integer> HOLD_OUT = DSL.field(DSL.name("hold_out_s"), SQLDataType.INTEGER);
    static final Field<Integer> CYCLES_PLANNED = DSL.field(DSL.name("cycles_planned"), SQLDataType.INTEGER);
    static final Field<Integer> CYCLES_COMPLETED = DSL.field(DSL.name("cycles_completed"), SQLDataType.INTEGER);
    static final Field<Boolean> PARTIAL = DSL.field(DSL.name("partial"), SQLDataType.BOOLEAN);
    static final Field<Integer> TENSION_BEFORE = DSL.field(DSL.name("tension_before"), SQLDataType.INTEGER);
    static final Field<Integer> TENSION_AFTER = DSL.field(DSL.name("tension_after"), SQLDataType.INTEGER);
    static final Field<LocalDateTime> STARTED_AT = DSL.field(DSL.name("started_at"), SQLDataType.LOCALDATETIME(6));
    static final Field<LocalDateTime> ENDED_AT = DSL.field(DSL.name("ended_at"), SQLDataType.LOCALDATETIME(6));
    static final Field<Long> PUMP_ENTRY_ID = DSL.field(DSL.name("pump_entry_id"), SQLDataType.BIGINT);
    static final Field<Long> RECORDED_BY = DSL.field(DSL.name("recorded_by"), SQLDataType.BIGINT);

    /** Every column, typed: select these rather than {@code selectFrom}, which would hand back JDBC types. */
    static final List<Field<?>> ALL = List.of(ID, CLINIC_ID, CLIENT_ID, PATTERN_KEY, PATTERN_NAME, INHALE, HOLD_IN,
            EXHALE, HOLD_OUT, CYCLES_PLANNED, CYCLES_COMPLETED, PARTIAL, TENSION_BEFORE, TENSION_AFTER, STARTED_AT,
            ENDED_AT, PUMP_ENTRY_ID, RECORDED_BY);

    private SessionTable() {
    }

    static BreathingSession toSession(Record row) {
        return new BreathingSession(row.get(ID), row.get(CLIENT_ID), row.get(PATTERN_NAME), row.get(CYCLES_PLANNED),
                row.get(CYCLES_COMPLETED), row.get(PARTIAL), row.get(TENSION_BEFORE), row.get(TENSION_AFTER),
                row.get(STARTED_AT).toInstant(ZoneOffset.UTC), row.get(ENDED_AT).toInstant(ZoneOffset.UTC),
                row.get(PUMP_ENTRY_ID));
    }
}
