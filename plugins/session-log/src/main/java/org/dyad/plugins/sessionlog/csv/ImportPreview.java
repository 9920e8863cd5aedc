package org.dyad.plugins.sessionlog.csv;

import java.util.List;
import java.util.Objects;
import org.dyad.plugins.sessionlog.log.Entry;

/** The parsed file before anything is written: every row with its entry or its problem. */
public record ImportPreview(String format, List<ImportRow> rows) {

    public ImportPreview {
        Objects.requireNonNull(format, "format");
        rows = List.copyOf(rows);
    }

    public List<ImportRow> errors() {
        return rows.stream().filter(ImportRow::isError).toList();
    }

    public List<ImportRow> skipped() {
        return rows.stream().filter(ImportRow::skipped).toList();
    }

    public List<Entry> entries() {
        return rows.stream().map(ImportRow::entry).filter(Objects::nonNull).toList();
    }

    /** Import is possible only when no row has an error (all or nothing). */
    public boolean canImport() {
        return errors().isEmpty() && !entries().isEmpty();
    }
}
