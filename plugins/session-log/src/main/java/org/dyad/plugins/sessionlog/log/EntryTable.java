package org.dyad.plugins.sessionlog.log;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.LocalDateTime;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The {@code session_log_entry} table for jOOQ's DSL (no generated classes: the plugin owns its schema). */
public final class EntryTable {

    public static final Table<Record> ENTRY = table(name("session_log_entry"));
    public static final Field<Long> ID = field(name("session_log_entry", "id"), SQLDataType.BIGINT);
    public static final Field<Long> CLINIC_ID = field(name("session_log_entry", "clinic_id"), SQLDataType.BIGINT);
    public static final Field<Long> CLIENT_ID = field(name("session_log_entry", "client_id"), SQLDataType.BIGINT);
    public static final Field<Long> BABY_ID = field(name("session_log_entry", "baby_id"), SQLDataType.BIGINT);
    public static final Field<String> KIND = field(name("session_log_entry", "kind"), SQLDataType.VARCHAR(16));
    public static final Field<LocalDateTime> STARTED_AT = field(name("session_log_entry", "started_at"),
            SQLDataType.LOCALDATETIME(6));
    static final Field<LocalDateTime> ENDED_AT = field(name("session_log_entry", "ended_at"),
            SQLDataType.LOCALDATETIME(6));
    static final Field<Integer> LEFT_SECONDS = field(name("session_log_entry", "left_seconds"), SQLDataType.INTEGER);
    static final Field<Integer> RIGHT_SECONDS = field(name("session_log_entry", "right_seconds"), SQLDataType.INTEGER);
    static final Field<String> END_SIDE = field(name("session_log_entry", "end_side"), SQLDataType.VARCHAR(5));
    static final Field<Integer> LEFT_ML = field(name("session_log_entry", "left_ml"), SQLDataType.INTEGER);
    static final Field<Integer> RIGHT_ML = field(name("session_log_entry", "right_ml"), SQLDataType.INTEGER);
    public static final Field<Integer> TOTAL_ML = field(name("session_log_entry", "total_ml"), SQLDataType.INTEGER);
    static final Field<String> MILK_TYPE = field(name("session_log_entry", "milk_type"), SQLDataType.VARCHAR(16));
    static final Field<Boolean> WET = field(name("session_log_entry", "wet"), SQLDataType.BOOLEAN);
    static final Field<Boolean> DIRTY = field(name("session_log_entry", "dirty"), SQLDataType.BOOLEAN);
    public static final Field<Integer> WEIGHT_G = field(name("session_log_entry", "weight_g"), SQLDataType.INTEGER);
    static final Field<Integer> COMFORT = field(name("session_log_entry", "comfort"), SQLDataType.INTEGER);
    static final Field<String> NOTE = field(name("session_log_entry", "note"), SQLDataType.VARCHAR(500));
    static final Field<Long> CREATED_BY = field(name("session_log_entry", "created_by"), SQLDataType.BIGINT);
    static final Field<LocalDateTime> CREATED_AT = field(name("session_log_entry", "created_at"),
            SQLDataType.LOCALDATETIME(6));
    static final Field<LocalDateTime> UPDATED_AT = field(name("session_log_entry", "updated_at"),
            SQLDataType.LOCALDATETIME(6));
    /** The key the form sent with the save (a UUID), unique per client; null for imported rows. */
    static final Field<String> REQUEST_KEY = field(name("session_log_entry", "request_key"), SQLDataType.CHAR(36));
    public static final Field<LocalDateTime> DELETED_AT = field(name("session_log_entry", "deleted_at"),
            SQLDataType.LOCALDATETIME(6));

    /** Every column, so that selected values come back with these types. */
    static final java.util.List<Field<?>> ALL = java.util.List.of(ID, CLINIC_ID, CLIENT_ID, BABY_ID, KIND, STARTED_AT,
            ENDED_AT, LEFT_SECONDS, RIGHT_SECONDS, END_SIDE, LEFT_ML, RIGHT_ML, TOTAL_ML, MILK_TYPE, WET, DIRTY,
            WEIGHT_G, COMFORT, NOTE);

    private EntryTable() {
    }
}
