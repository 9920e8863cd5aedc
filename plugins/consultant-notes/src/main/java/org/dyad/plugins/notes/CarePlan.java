package org.dyad.plugins.notes;

import java.time.Instant;
import java.time.LocalDate;

/** A plan shared with the family: the only part of a note a parent sees. */
record CarePlan(long noteId, LocalDate visitDate, String consultantName, String plan, Instant sharedAt) {
}
