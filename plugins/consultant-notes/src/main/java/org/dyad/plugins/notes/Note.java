package org.dyad.plugins.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A visit note as read by staff who may see clinical content.
 *
 * @param version the optimistic-locking version the next save must present
 */
record Note(long id, long clientId, Template template, LocalDate visitDate, long authorUserId, String authorName,
            NoteStatus status, NoteContent content, @Nullable Instant signedAt, @Nullable Instant planSharedAt,
            Instant updatedAt, String updatedByName, int version, List<Addendum> addenda,
            List<HistoryEntry> history) {

    Note {
        addenda = List.copyOf(addenda);
        history = List.copyOf(history);
    }

    boolean isSigned() {
        return status == NoteStatus.SIGNED;
    }

    Optional<Instant> planShared() {
        return Optional.ofNullable(planSharedAt);
    }
}
