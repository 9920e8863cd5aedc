package org.dyad.plugins.notes;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

/** The plugin's tables and columns for jOOQ's DSL (no generated classes: the schema is small and ours alone). */
final class Tables {

    static final List<String> CLIENT_DATA = List.of("consultant_notes_note", "consultant_notes_baby_section",
            "consultant_notes_field_value", "consultant_notes_addendum", "consultant_notes_history");

    private Tables() {
    }

    static Table<?> table(String name) {
        return org.jooq.impl.DSL.table(name(name));
    }

    static <T> Field<T> column(String table, String column, DataType<T> type) {
        return field(name(table, column), type);
    }

    static @Nullable LocalDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static @Nullable Instant instant(@Nullable LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** Columns every client-data table has. */
    static final class Scoped {
        static Field<Long> clinicId(String table) {
            return column(table, "clinic_id", SQLDataType.BIGINT);
        }

        static Field<Long> clientId(String table) {
            return column(table, "client_id", SQLDataType.BIGINT);
        }

        private Scoped() {
        }
    }

    static final class N {
        static final String NAME = "consultant_notes_note";
        static final Table<?> T = table(NAME);
        static final Field<Long> ID = column(NAME, "id", SQLDataType.BIGINT.identity(true));
        static final Field<Long> CLINIC_ID = Scoped.clinicId(NAME);
        static final Field<Long> CLIENT_ID = Scoped.clientId(NAME);
        static final Field<String> TEMPLATE_KEY = column(NAME, "template_key", SQLDataType.VARCHAR);
        static final Field<String> TEMPLATE_NAME = column(NAME, "template_name", SQLDataType.VARCHAR);
        static final Field<LocalDate> VISIT_DATE = column(NAME, "visit_date", SQLDataType.LOCALDATE);
        static final Field<Long> AUTHOR_USER_ID = column(NAME, "author_user_id", SQLDataType.BIGINT);
        static final Field<String> AUTHOR_NAME = column(NAME, "author_name", SQLDataType.VARCHAR);
        static final Field<String> STATUS = column(NAME, "status", SQLDataType.VARCHAR);
        static final Field<String> CONCERNS = column(NAME, "concerns", SQLDataType.CLOB);
        static final Field<String> FEEDING_HISTORY = column(NAME, "feeding_history", SQLDataType.CLOB);
        static final Field<String> PARENT_FINDINGS = column(NAME, "parent_findings", SQLDataType.CLOB);
        static final Field<String> ASSESSMENT = column(NAME, "assessment", SQLDataType.CLOB);
        static final Field<String> PLAN = column(NAME, "plan", SQLDataType.CLOB);
        static final Field<LocalDateTime> CREATED_AT = column(NAME, "created_at", SQLDataType.LOCALDATETIME(6));
        static final Field<LocalDateTime> UPDATED_AT = column(NAME, "updated_at", SQLDataType.LOCALDATETIME(6));
        static final Field<String> UPDATED_BY_NAME = column(NAME, "updated_by_name", SQLDataType.VARCHAR);
        static final Field<LocalDateTime> SIGNED_AT = column(NAME, "signed_at", SQLDataType.LOCALDATETIME(6));
        static final Field<LocalDateTime> PLAN_SHARED_AT = column(NAME, "plan_shared_at",
                SQLDataType.LOCALDATETIME(6));
        static final Field<Integer> VERSION = column(NAME, "version", SQLDataType.INTEGER);
        static final Field<String> REQUEST_KEY = column(NAME, "request_key", SQLDataType.CHAR(36));

        /** The typed columns to select: {@code select *} on a plain table would return JDBC types. */
        static final Field<?>[] FIELDS = {ID, CLINIC_ID, CLIENT_ID, TEMPLATE_KEY, TEMPLATE_NAME, VISIT_DATE, AUTHOR_USER_ID, AUTHOR_NAME,
                STATUS, CONCERNS, FEEDING_HISTORY, PARENT_FINDINGS, ASSESSMENT, PLAN, CREATED_AT, UPDATED_AT, UPDATED_BY_NAME,
                SIGNED_AT, PLAN_SHARED_AT, VERSION};

        private N() {
        }
    }

    static final class B {
        static final String NAME = "consultant_notes_baby_section";
        static final Table<?> T = table(NAME);
        static final Field<Long> CLINIC_ID = Scoped.clinicId(NAME);
        static final Field<Long> CLIENT_ID = Scoped.clientId(NAME);
        static final Field<Long> NOTE_ID = column(NAME, "note_id", SQLDataType.BIGINT);
        static final Field<Long> BABY_ID = column(NAME, "baby_id", SQLDataType.BIGINT);
        static final Field<String> BABY_NAME = column(NAME, "baby_name", SQLDataType.VARCHAR);
        static final Field<Integer> WEIGHT_G = column(NAME, "weight_g", SQLDataType.INTEGER);
        static final Field<String> ORAL = column(NAME, "oral_assessment", SQLDataType.CLOB);
        static final Field<String> FINDINGS = column(NAME, "findings", SQLDataType.CLOB);
        static final Field<Integer> PRE_FEED_G = column(NAME, "pre_feed_g", SQLDataType.INTEGER);
        static final Field<Integer> POST_FEED_G = column(NAME, "post_feed_g", SQLDataType.INTEGER);
        static final Field<Integer> L = column(NAME, "latch_latch", SQLDataType.INTEGER);
        static final Field<Integer> A = column(NAME, "latch_audible", SQLDataType.INTEGER);
        static final Field<Integer> TY = column(NAME, "latch_type", SQLDataType.INTEGER);
        static final Field<Integer> C = column(NAME, "latch_comfort", SQLDataType.INTEGER);
        static final Field<Integer> H = column(NAME, "latch_hold", SQLDataType.INTEGER);

        /** The typed columns to select: {@code select *} on a plain table would return JDBC types. */
        static final Field<?>[] FIELDS = {CLINIC_ID, CLIENT_ID, NOTE_ID, BABY_ID, BABY_NAME, WEIGHT_G, ORAL, FINDINGS, PRE_FEED_G, POST_FEED_G,
                L, A, TY, C, H};

        private B() {
        }
    }

    static final class F {
        static final String NAME = "consultant_notes_field_value";
        static final Table<?> T = table(NAME);
        static final Field<Long> CLINIC_ID = Scoped.clinicId(NAME);
        static final Field<Long> CLIENT_ID = Scoped.clientId(NAME);
        static final Field<Long> NOTE_ID = column(NAME, "note_id", SQLDataType.BIGINT);
        static final Field<String> FIELD_KEY = column(NAME, "field_key", SQLDataType.VARCHAR);
        static final Field<String> LABEL = column(NAME, "label", SQLDataType.VARCHAR);
        static final Field<Integer> POSITION = column(NAME, "position", SQLDataType.INTEGER);
        static final Field<String> VALUE = column(NAME, "value", SQLDataType.CLOB);

        /** The typed columns to select: {@code select *} on a plain table would return JDBC types. */
        static final Field<?>[] FIELDS = {CLINIC_ID, CLIENT_ID, NOTE_ID, FIELD_KEY, LABEL, POSITION, VALUE};

        private F() {
        }
    }

    static final class A {
        static final String NAME = "consultant_notes_addendum";
        static final Table<?> T = table(NAME);
        static final Field<Long> ID = column(NAME, "id", SQLDataType.BIGINT.identity(true));
        static final Field<Long> CLINIC_ID = Scoped.clinicId(NAME);
        static final Field<Long> CLIENT_ID = Scoped.clientId(NAME);
        static final Field<Long> NOTE_ID = column(NAME, "note_id", SQLDataType.BIGINT);
        static final Field<String> BODY = column(NAME, "body", SQLDataType.CLOB);
        static final Field<Long> AUTHOR_USER_ID = column(NAME, "author_user_id", SQLDataType.BIGINT);
        static final Field<String> AUTHOR_NAME = column(NAME, "author_name", SQLDataType.VARCHAR);
        static final Field<LocalDateTime> SIGNED_AT = column(NAME, "signed_at", SQLDataType.LOCALDATETIME(6));
        static final Field<String> REQUEST_KEY = column(NAME, "request_key", SQLDataType.CHAR(36));

        /** The typed columns to select: {@code select *} on a plain table would return JDBC types. */
        static final Field<?>[] FIELDS = {ID, CLINIC_ID, CLIENT_ID, NOTE_ID, BODY, AUTHOR_USER_ID, AUTHOR_NAME, SIGNED_AT};

        private A() {
        }
    }

    static final class H {
        static final String NAME = "consultant_notes_history";
        static final Table<?> T = table(NAME);
        static final Field<Long> ID = column(NAME, "id", SQLDataType.BIGINT.identity(true));
        static final Field<Long> CLINIC_ID = Scoped.clinicId(NAME);
        static final Field<Long> CLIENT_ID = Scoped.clientId(NAME);
        static final Field<Long> NOTE_ID = column(NAME, "note_id", SQLDataType.BIGINT);
        static final Field<LocalDateTime> OCCURRED_AT = column(NAME, "occurred_at", SQLDataType.LOCALDATETIME(6));
        static final Field<String> ACTOR_NAME = column(NAME, "actor_name", SQLDataType.VARCHAR);
        static final Field<String> ACTION = column(NAME, "action", SQLDataType.VARCHAR);

        /** The typed columns to select: {@code select *} on a plain table would return JDBC types. */
        static final Field<?>[] FIELDS = {ID, CLINIC_ID, CLIENT_ID, NOTE_ID, OCCURRED_AT, ACTOR_NAME, ACTION};

        private H() {
        }
    }

    static final class TT {
        static final String NAME = "consultant_notes_template";
        static final Table<?> T = table(NAME);
        static final Field<Long> ID = column(NAME, "id", SQLDataType.BIGINT.identity(true));
        static final Field<Long> CLINIC_ID = Scoped.clinicId(NAME);
        static final Field<String> TEMPLATE_NAME = column(NAME, "name", SQLDataType.VARCHAR);
        static final Field<LocalDateTime> CREATED_AT = column(NAME, "created_at", SQLDataType.LOCALDATETIME(6));

        private TT() {
        }
    }

    static final class TF {
        static final String NAME = "consultant_notes_template_field";
        static final Table<?> T = table(NAME);
        static final Field<Long> CLINIC_ID = Scoped.clinicId(NAME);
        static final Field<Long> TEMPLATE_ID = column(NAME, "template_id", SQLDataType.BIGINT);
        static final Field<Integer> POSITION = column(NAME, "position", SQLDataType.INTEGER);
        static final Field<String> LABEL = column(NAME, "label", SQLDataType.VARCHAR);

        private TF() {
        }
    }
}
