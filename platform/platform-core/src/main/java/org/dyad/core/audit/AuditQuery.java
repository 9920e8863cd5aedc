package org.dyad.core.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters of the audit log viewer; {@code null} means "any". Dates are in the clinic's time zone, inclusive. */
public record AuditQuery(@Nullable Long actorUserId, @Nullable Long clientId, @Nullable LocalDate from,
                         @Nullable LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
