package org.dyad.plugins.notes;

import java.time.LocalDate;

/** That a visit happened, without clinical content: what front desk staff may see. */
record VisitSummary(long noteId, LocalDate visitDate, String visitType, String authorName, NoteStatus status) {
}
