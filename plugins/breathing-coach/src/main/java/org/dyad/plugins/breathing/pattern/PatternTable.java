package org.dyad.plugins.breathing.pattern;

import java.time.LocalDateTime;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The pattern tables, named for jOOQ's DSL (the plugin needs no generated classes). */
final class PatternTable {

    static final Table<Record> PATTERN = DSL.table(DSL.name("breathing_coach_pattern"));
    static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    static final Field<Long> CLINIC_ID = DSL.field(DSL.name("clinic_id"), SQLDataType.BIGINT);
    static final Field<String> NAME = DSL.field(DSL.name("name"), SQLDataType.VARCHAR);
    static final Field<Integer> INHALE = DSL.field(DSL.name("inhale_s"), SQLDataType.INTEGER);
    static final Field<Integer> HOLD_IN = DSL.field(DSL.name("hold_in_s"), SQLDataType.INTEGER);
    static final Field<Integer> EXHALE = DSL.field(DSL.name("exhale_s"), SQLDataType.INTEGER);
    static final Field<Integer> HOLD_OUT = DSL.field(DSL.name("hold_out_s"), SQLDataType.INTEGER);
    static final Field<Integer> CYCLES = DSL.field(DSL.name("cycles"), SQLDataType.INTEGER);
    static final Field<String> INSTRUCTION = DSL.field(DSL.name("instruction"), SQLDataType.VARCHAR);
    static final Field<LocalDateTime> CREATED_AT = DSL.field(DSL.name("created_at"), SQLDataType.LOCALDATETIME(6));

    static final Table<Record> DEFAULT = DSL.table(DSL.name("breathing_coach_clinic_default"));
    static final Field<String> PATTERN_KEY = DSL.field(DSL.name("pattern_key"), SQLDataType.VARCHAR);
    static final Field<LocalDateTime> CHANGED_AT = DSL.field(DSL.name("changed_at"), SQLDataType.LOCALDATETIME(6));

    /** Every pattern column, typed. */
    static final java.util.List<Field<?>> ALL = java.util.List.of(ID, CLINIC_ID, NAME, INHALE, HOLD_IN, EXHALE,
            HOLD_OUT, CYCLES, INSTRUCTION, CREATED_AT);

    private PatternTable() {
    }

    static BreathingPattern toPattern(Record row) {
        return new BreathingPattern(ClinicPatternKey.of(row.get(ID)), new PatternDraft(row.get(NAME), row.get(INHALE),
                row.get(HOLD_IN), row.get(EXHALE), row.get(HOLD_OUT), row.get(CYCLES), row.get(INSTRUCTION)));
    }
}
