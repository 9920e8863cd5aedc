package org.dyad.api;

import org.jspecify.annotations.Nullable;

/**
 * The platform's append-only audit trail. Plugins record every read and write of clinical data.
 *
 * @since 1.0
 */
public interface AuditLog {

    /**
     * Records an event for the current user and clinic.
     *
     * @param action      e.g. {@code session-log.entry.created}, {@code consultant-notes.note.read}
     * @param subjectType e.g. {@code feed}, {@code note}
     * @param subjectId   the row's id, where there is one
     * @param clientId    the client the data belongs to, where there is one
     * @param details     a short, non-clinical description (no free text from forms)
     */
    void record(String action, String subjectType, @Nullable Long subjectId, @Nullable Long clientId,
                @Nullable String details);
}
