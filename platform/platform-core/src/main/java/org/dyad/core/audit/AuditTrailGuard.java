package org.dyad.core.audit;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, before it reaches the database, any statement sent through the host's jOOQ — the same {@code DSLContext}
 * plugins get from {@code ClinicData.dsl()} — that would change or remove audit rows: {@code UPDATE}, {@code DELETE},
 * {@code REPLACE}, {@code TRUNCATE}, {@code DROP}, {@code ALTER}, {@code RENAME} or {@code LOAD} naming
 * {@code audit_event}. The database triggers refuse updates and deletes too, but {@code TRUNCATE} and {@code DROP}
 * fire no trigger. (Code that bypasses jOOQ with its own JDBC connection is out of its reach: withhold those
 * privileges from the application's database account for that.)
 */
final class AuditTrailGuard implements ExecuteListener {

    static final String REFUSED = "audit events are append-only: the statement would change or remove audit rows";

    private static final Pattern ALTERING = Pattern.compile(
            "^[\\s(]*(update|delete|replace|truncate|drop|alter|rename|load)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUDIT_TABLE = Pattern.compile("\\baudit_event\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public void executeStart(ExecuteContext ctx) {
        check(ctx.sql());
        for (String sql : ctx.batchSQL()) {
            check(sql);
        }
    }

    static void check(@Nullable String sql) {
        if (sql == null) {
            return;
        }
        for (String statement : withoutComments(sql).split(";")) {
            if (ALTERING.matcher(statement).find() && AUDIT_TABLE.matcher(statement).find()) {
                throw new DataAccessException(REFUSED);
            }
        }
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)(--|#)[^\\n]*$", " ").toLowerCase(Locale.ROOT);
    }
}
