package org.dyad.api;

import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Database access for a plugin, scoped to the current user's clinic.
 *
 * <p>Every plugin table carries {@code clinic_id}; every query a plugin writes must filter on {@link #clinicId()} and
 * every insert must set it. The test kit's contract test proves that clinic A never sees clinic B's rows through the
 * plugin's services. Use bind values only (jOOQ's default).
 *
 * @since 1.0
 */
public interface ClinicData {

    /** The current clinic; throws {@link AccessDeniedException} when the current user has none. */
    long clinicId();

    /** A jOOQ context on the shared connection pool (participates in a surrounding {@link #inTransaction}). */
    DSLContext dsl();

    /** Runs the work in one transaction: all of it is written or none of it. */
    <T> T inTransaction(Function<DSLContext, T> work);

    /** The clinic's time zone, for showing and grouping times (everything is stored in UTC). */
    java.time.ZoneId clinicZone();

    /**
     * Whether a write failed on a unique key (MariaDB error 1062), wherever that sits in the causes: the host's jOOQ
     * translates SQL errors into Spring's exceptions, so catch {@code RuntimeException} and ask this rather than
     * catching a particular exception type. The usual use is an idempotent save: a request key stored unique, and on
     * a duplicate the row stored by the first press is looked up instead.
     *
     * @since 1.0
     */
    static boolean isDuplicateKey(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }
}
