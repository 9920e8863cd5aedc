package org.dyad.plugins.sessionlog.csv;

import org.dyad.plugins.sessionlog.log.Entry;
import org.jspecify.annotations.Nullable;

/**
 * One data row of an import: the entry it becomes, or why not.
 *
 * @param line    1-based line in the file
 * @param entry   the entry, when the row is fine
 * @param problem a user-facing error, or (when {@code skipped}) why the row is left out
 * @param skipped true for rows of a kind this module does not log (e.g. sleep); they are not errors
 */
public record ImportRow(int line, @Nullable Entry entry, @Nullable String problem, boolean skipped) {

    static ImportRow ok(int line, Entry entry) {
        return new ImportRow(line, entry, null, false);
    }

    static ImportRow error(int line, String problem) {
        return new ImportRow(line, null, problem, false);
    }

    static ImportRow skip(int line, String reason) {
        return new ImportRow(line, null, reason, true);
    }

    public boolean isError() {
        return entry == null && !skipped;
    }
}
