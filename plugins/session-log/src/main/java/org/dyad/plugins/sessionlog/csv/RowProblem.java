package org.dyad.plugins.sessionlog.csv;

/** A cell that cannot be read; its message is shown in the per-row report. */
final class RowProblem extends RuntimeException {
    RowProblem(String message) {
        super(message, null, false, false);
    }
}
