package org.dyad.core.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the audit trail, as shown in the audit log viewer. */
public record AuditEntry(long id, Instant occurredAt, @Nullable Long actorUserId, String actorName,
                         @Nullable Long clinicId, String action, String subjectType, @Nullable Long subjectId,
                         @Nullable Long clientId, @Nullable String details) {
}
