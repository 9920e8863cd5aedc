package org.dyad.plugins.education;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The plugin's tables and columns for jOOQ, written by hand (three tables do not need code generation). */
final class Db {

    private Db() {
    }

    /** The same column without its table alias, for INSERT and UPDATE (MariaDB takes no alias there). */
    static <T> Field<T> plain(Field<T> qualified) {
        return field(name(qualified.getName()), qualified.getDataType());
    }

    /** {@code education_library_article}: working copies. */
    static final class A {
        static final Table<?> W = table(name("education_library_article"));
        static final Table<?> T = table(name("education_library_article")).as("a");
        static final Field<Long> ID = col("id", SQLDataType.BIGINT);
        static final Field<Long> CLINIC_ID = col("clinic_id", SQLDataType.BIGINT);
        static final Field<String> STARTER_KEY = col("starter_key", SQLDataType.VARCHAR);
        static final Field<String> TITLE = col("title", SQLDataType.VARCHAR);
        static final Field<String> SUMMARY = col("summary", SQLDataType.VARCHAR);
        static final Field<String> BODY = col("body_md", SQLDataType.CLOB);
        static final Field<String> CATEGORY = col("category", SQLDataType.VARCHAR);
        static final Field<String> TAGS = col("tags", SQLDataType.VARCHAR);
        static final Field<String> LANGUAGE = col("language", SQLDataType.VARCHAR);
        static final Field<String> AUTHOR = col("author", SQLDataType.VARCHAR);
        static final Field<Integer> READING_MINUTES = col("reading_minutes", SQLDataType.INTEGER);
        static final Field<String> STATUS = col("status", SQLDataType.VARCHAR);
        static final Field<LocalDate> REVIEW_BY = col("review_by", SQLDataType.LOCALDATE);
        static final Field<Boolean> HIDDEN = col("hidden", SQLDataType.BOOLEAN);
        static final Field<Integer> LIVE_VERSION = col("live_version", SQLDataType.INTEGER);
        static final Field<Integer> ROW_VERSION = col("row_version", SQLDataType.INTEGER);
        static final Field<LocalDateTime> CREATED_AT = col("created_at", SQLDataType.LOCALDATETIME(6));
        static final Field<LocalDateTime> UPDATED_AT = col("updated_at", SQLDataType.LOCALDATETIME(6));
        static final Field<String> REQUEST_KEY = col("request_key", SQLDataType.CHAR(36));

        private static <T> Field<T> col(String column, DataType<T> type) {
            return field(name("a", column), type);
        }
    }

    /** {@code education_library_version}: published snapshots. */
    static final class V {
        static final Table<?> W = table(name("education_library_version"));
        static final Table<?> T = table(name("education_library_version")).as("v");
        static final Field<Long> ID = col("id", SQLDataType.BIGINT);
        static final Field<Long> CLINIC_ID = col("clinic_id", SQLDataType.BIGINT);
        static final Field<Long> ARTICLE_ID = col("article_id", SQLDataType.BIGINT);
        static final Field<Integer> VERSION_NO = col("version_no", SQLDataType.INTEGER);
        static final Field<String> TITLE = col("title", SQLDataType.VARCHAR);
        static final Field<String> SUMMARY = col("summary", SQLDataType.VARCHAR);
        static final Field<String> BODY = col("body_md", SQLDataType.CLOB);
        static final Field<String> CATEGORY = col("category", SQLDataType.VARCHAR);
        static final Field<String> TAGS = col("tags", SQLDataType.VARCHAR);
        static final Field<String> LANGUAGE = col("language", SQLDataType.VARCHAR);
        static final Field<String> AUTHOR = col("author", SQLDataType.VARCHAR);
        static final Field<Integer> READING_MINUTES = col("reading_minutes", SQLDataType.INTEGER);
        static final Field<LocalDateTime> PUBLISHED_AT = col("published_at", SQLDataType.LOCALDATETIME(6));
        static final Field<String> PUBLISHED_BY = col("published_by_name", SQLDataType.VARCHAR);

        private static <T> Field<T> col(String column, DataType<T> type) {
            return field(name("v", column), type);
        }
    }

    /** {@code education_library_reading}: assignments and read tracking per client. */
    static final class R {
        static final Table<?> W = table(name("education_library_reading"));
        static final Table<?> T = table(name("education_library_reading")).as("r");
        static final Field<Long> ID = col("id", SQLDataType.BIGINT);
        static final Field<Long> CLINIC_ID = col("clinic_id", SQLDataType.BIGINT);
        static final Field<Long> CLIENT_ID = col("client_id", SQLDataType.BIGINT);
        static final Field<Long> ARTICLE_ID = col("article_id", SQLDataType.BIGINT);
        static final Field<LocalDateTime> ASSIGNED_AT = col("assigned_at", SQLDataType.LOCALDATETIME(6));
        static final Field<String> ASSIGNED_BY = col("assigned_by_name", SQLDataType.VARCHAR);
        static final Field<String> NOTE = col("note", SQLDataType.VARCHAR);
        static final Field<LocalDateTime> OPENED_AT = col("opened_at", SQLDataType.LOCALDATETIME(6));
        static final Field<LocalDateTime> FINISHED_AT = col("finished_at", SQLDataType.LOCALDATETIME(6));

        private static <T> Field<T> col(String column, DataType<T> type) {
            return field(name("r", column), type);
        }
    }
}
