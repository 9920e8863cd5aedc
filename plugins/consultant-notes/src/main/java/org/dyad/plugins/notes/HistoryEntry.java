package org.dyad.plugins.notes;

import java.time.Instant;

/** One step of a note's lifecycle, for the history shown with the note. */
record HistoryEntry(Instant at, String actorName, Action action) {

    /** The lifecycle steps that are recorded. */
    enum Action {
        CREATED("Draft started"), SIGNED("Signed and locked"), ADDENDUM("Addendum signed"),
        PLAN_SHARED("Care plan shared with the family");

        final String label;

        Action(String label) {
            this.label = label;
        }
    }
}
