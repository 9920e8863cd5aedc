package org.dyad.plugins.sessionlog.csv;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import org.dyad.api.ValidationException;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.EntryRules;
import org.jspecify.annotations.Nullable;

/** Reads an uploaded file into an {@link ImportPreview}: format by header, every row checked, nothing written. */
public final class CsvImport {

    /** The most data rows one import accepts. */
    public static final int MAX_ROWS = 100_000;

    private CsvImport() {
    }

    /** Reads and checks the file; throws {@link ValidationException} when the file as a whole is unusable. */
    public static ImportPreview preview(InputStream in, long declaredSize, ImportSetup setup) {
        return preview(CsvText.read(in, declaredSize), setup);
    }

    static ImportPreview preview(String text, ImportSetup setup) {
        List<CsvParser.Row> rows = CsvParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (rows.isEmpty()) {
            throw new ValidationException("file", "The file is empty.");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new ValidationException("file", "The file has " + (rows.size() - 1) + " rows; at most "
                    + MAX_ROWS + " can be imported at once.");
        }
        List<String> header = rows.getFirst().cells().stream().map(String::strip).toList();
        if (matches(header, DyadCsv.HEADER)) {
            return check("Dyad session-log CSV", rows, setup, DyadCsv::read);
        }
        if (matches(header, HuckleberryCsv.HEADER)) {
            return check("Huckleberry export", rows, setup, HuckleberryCsv::read);
        }
        throw new ValidationException("file", "The columns do not match a known format. Expected the Dyad format ("
                + String.join(",", DyadCsv.HEADER) + ") or a Huckleberry export ("
                + String.join(",", HuckleberryCsv.HEADER) + ").");
    }

    private static boolean matches(List<String> header, List<String> expected) {
        return header.size() == expected.size() && header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList()
                .equals(expected.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    }

    private static ImportPreview check(String format, List<CsvParser.Row> rows, ImportSetup setup,
                                       BiFunction<CsvParser.Row, ImportSetup, @Nullable Entry> reader) {
        List<ImportRow> result = new ArrayList<>(rows.size());
        for (CsvParser.Row row : rows.subList(1, rows.size())) {
            result.add(checkRow(row, setup, reader));
        }
        List<Entry> entries = result.stream().map(ImportRow::entry).filter(Objects::nonNull).toList();
        return new ImportPreview(format, EntryRules.anyOverlap(entries) ? flagOverlaps(result) : result);
    }

    /** Marks each breastfeed that overlaps an earlier row's feed (only run when a sweep found an overlap). */
    private static List<ImportRow> flagOverlaps(List<ImportRow> rows) {
        List<Breastfeed> feeds = new ArrayList<>();
        List<ImportRow> flagged = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            if (row.entry() instanceof Breastfeed feed && EntryRules.overlapping(feed, feeds).isPresent()) {
                flagged.add(ImportRow.error(row.line(), EntryRules.OVERLAP_MESSAGE));
                continue;
            }
            if (row.entry() instanceof Breastfeed feed) {
                feeds.add(feed);
            }
            flagged.add(row);
        }
        return flagged;
    }

    private static ImportRow checkRow(CsvParser.Row row, ImportSetup setup,
                                      BiFunction<CsvParser.Row, ImportSetup, @Nullable Entry> reader) {
        try {
            Entry entry = reader.apply(row, setup);
            if (entry == null) {
                return ImportRow.skip(row.line(), "Skipped: '" + Cells.shorten(row.cell(0))
                        + "' is not logged by this module.");
            }
            EntryRules.requireNotInFuture(entry, setup.now());
            return ImportRow.ok(row.line(), entry);
        } catch (RowProblem e) {
            return ImportRow.error(row.line(), e.getMessage());
        } catch (ValidationException e) {
            return ImportRow.error(row.line(), String.join(" ", e.fieldErrors().values()));
        }
    }
}
