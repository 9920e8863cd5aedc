package org.dyad.plugins.sessionlog;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dyad.api.ValidationException;
import org.dyad.plugins.sessionlog.csv.CsvImport;
import org.dyad.plugins.sessionlog.csv.ImportPreview;
import org.dyad.plugins.sessionlog.csv.ImportSetup;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.ImportJob;
import org.dyad.plugins.sessionlog.log.LoggedEntry;
import org.dyad.plugins.sessionlog.log.Pump;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.dyad.plugins.sessionlog.log.Weighing;
import org.dyad.testkit.HostileAttempts;
import org.dyad.testkit.HostileInput;
import org.dyad.testkit.TestParent;

/**
 * Hostile cells in rows of both CSV formats, and hostile whole files, through the import dialog's path: preview (a row
 * problem refuses the file), then {@link SessionLogService#prepareImport} and {@link ImportJob#write}. An oracle per
 * cell says which values must be refused and what a valid one must read back as.
 */
final class HostileCsv {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SessionLogService log;
    private final TestParent parent;
    private final HostileAttempts attempts;
    private final Supplier<Instant> slot;
    private final List<String> values = new ArrayList<>();

    HostileCsv(SessionLogService log, TestParent parent, HostileAttempts attempts, Supplier<Instant> slot) {
        this.log = log;
        this.parent = parent;
        this.attempts = attempts;
        this.slot = slot;
        values.addAll(HostileInput.strings().values());
        values.addAll(HostileInput.numberTexts());
        HostileInput.instants().forEach(t -> values.add(t.toString()));
    }

    /** A cell's rule: refused when {@code expected} gives null, else the entry must carry {@code expected}. */
    private record Oracle(Function<String, Object> expected, Function<Entry, Object> actual) {
        static final Object REFUSE = new Object();
    }

    void dyadFormat() {
        Oracle never = new Oracle(v -> Oracle.REFUSE, e -> "");
        Oracle minutes = new Oracle(v -> seconds(v, 20 * 60 + 60 - 4 * 60), e -> ((Breastfeed) e).leftSeconds());
        Oracle comfort = new Oracle(v -> integerOrNull(v, 0, 10), e -> ((Breastfeed) e).comfort());
        Oracle note = new Oracle(v -> v.strip().length() > 500 ? Oracle.REFUSE : v.isBlank() ? null : v.strip(),
                e -> ((Breastfeed) e).note());
        Oracle anySide = new Oracle(v -> v.isBlank() || oneOf("left", "right").test(v) ? "side" : Oracle.REFUSE,
                e -> "side");
        Oracle defaultBaby = new Oracle(v -> v.isBlank() || v.strip().equalsIgnoreCase(parent.client().babies()
                .getFirst().name()) ? parent.babyId() : Oracle.REFUSE, Entry::babyId);
        Map<String, Oracle> feed = new LinkedHashMap<>();
        feed.put("kind", never);
        feed.put("baby", defaultBaby);
        feed.put("start", never);
        feed.put("end", never);
        feed.put("left_min", minutes);
        feed.put("end_side", anySide);
        feed.put("comfort", comfort);
        feed.put("note", note);
        dyad("BREASTFEED", Map.of("left_min", "5", "right_min", "4", "end_side", "LEFT", "comfort", "2",
                "note", "fine"), feed);
        Map<String, Oracle> pump = new LinkedHashMap<>();
        pump.put("left_ml", new Oracle(v -> integerOrNull(v, 0, 500), e -> ((Pump) e).leftMl()));
        pump.put("right_ml", new Oracle(v -> integerOrNull(v, 0, 500), e -> ((Pump) e).rightMl()));
        pump.put("total_ml", new Oracle(v -> v.isBlank() ? 130 : integer(v, 130, 130), e -> ((Pump) e).totalMl()));
        dyad("PUMP", Map.of("left_ml", "60", "right_ml", "70"), pump);
        dyad("PUMP", Map.of("total_ml", "80"), Map.of("total_ml",
                new Oracle(v -> integer(v, 0, 1000), e -> ((Pump) e).totalMl())));
        Map<String, Oracle> bottle = new LinkedHashMap<>();
        bottle.put("total_ml", new Oracle(v -> integer(v, 0, 500), e -> ((Bottle) e).ml()));
        bottle.put("milk_type", new Oracle(v -> oneOf("formula", "mixed", "breast_milk", "breast milk").test(v)
                ? "type" : Oracle.REFUSE, e -> "type"));
        dyad("BOTTLE", Map.of("total_ml", "90", "milk_type", "FORMULA"), bottle);
        Map<String, Oracle> diaper = new LinkedHashMap<>();
        diaper.put("wet", new Oracle(v -> oneOf("yes", "y", "true", "1", "x").test(v) ? "wet" : Oracle.REFUSE,
                e -> "wet"));
        diaper.put("dirty", new Oracle(v -> oneOf("yes", "y", "true", "1", "x", "no", "n", "false", "0", "").test(v)
                ? "dirty" : Oracle.REFUSE, e -> "dirty"));
        dyad("DIAPER", Map.of("wet", "yes", "dirty", "no"), diaper);
        dyad("WEIGHT", Map.of("weight_g", "3500"), Map.of("weight_g",
                new Oracle(v -> integer(v, 300, 10_000), e -> ((Weighing) e).grams())));
    }

    void huckleberryFormat() {
        Oracle either = new Oracle(v -> null, e -> null);
        Oracle never = new Oracle(v -> Oracle.REFUSE, e -> "");
        Oracle note = new Oracle(v -> v.strip().length() > 500 ? Oracle.REFUSE : v.isBlank() ? null : v.strip(),
                e -> ((Breastfeed) e).note());
        Map<String, Oracle> feed = new LinkedHashMap<>();
        feed.put("Start", never);
        feed.put("End", either);
        feed.put("Duration", either);
        feed.put("Start Condition", either);
        feed.put("End Condition", either);
        feed.put("Notes", note);
        huckleberry(Map.of("Type", "Feed", "Start Condition", "5:00L", "Start Location", "Breast",
                "End Condition", "4:00R", "Notes", "fine"), true, feed);
        huckleberry(Map.of("Type", "Feed", "Start Condition", "Formula 120ml", "Start Location", "Bottle"), false,
                Map.of("Start Condition", either, "Start Location", either, "Type", either));
        huckleberry(Map.of("Type", "Pump", "Start Condition", "150ml"), false,
                Map.of("Start Condition", either, "Duration", either));
        huckleberry(Map.of("Type", "Diaper", "Start Condition", "Pee"), false, Map.of("Start Condition", either));
        huckleberry(Map.of("Type", "Growth", "Start Condition", "3.62 kg"), false,
                Map.of("Start Condition", either));
        for (String absurd : List.of("4294967396ml", "1.2.3ml", ".ml", "99999999999999999999 oz")) {
            huckleberryAttempt("pump volume " + absurd, true, huckleberryRow(Map.of("Type", "Pump",
                    "Start Condition", absurd), true, slot.get()));
        }
        for (String absurd : List.of("4294967.396 kg", "1.2.3 kg", "999999 kg", "0.00001 kg", "1e3 kg")) {
            huckleberryAttempt("growth " + absurd, true, huckleberryRow(Map.of("Type", "Growth",
                    "Start Condition", absurd), false, slot.get()));
        }
        for (String absurd : List.of("99999999999999999999:00", "9999999:00", "5:00:00", "-1:00")) {
            Instant start = slot.get();
            Map<String, String> cells = new LinkedHashMap<>(Map.of("Type", "Pump", "Start Condition", "150ml",
                    "Duration", absurd));
            huckleberryAttempt("pump duration " + absurd, absurd.startsWith("99"), huckleberryRow(cells, false, start));
        }
    }

    void wholeFiles() {
        String header = String.join(",", DYAD_HEADER);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty file", new byte[0]);
        files.put("byte order mark only", "\uFEFF".getBytes(StandardCharsets.UTF_8));
        files.put("header only", header.getBytes(StandardCharsets.UTF_8));
        files.put("binary", new byte[] {0, 1, 2, 3, (byte) 0xFF});
        files.put("not UTF-8", new byte[] {'k', 'i', 'n', 'd', (byte) 0xC3, (byte) 0x28});
        files.put("unclosed quote", (header + "\n\"DIAPER,,").getBytes(StandardCharsets.UTF_8));
        files.put("unknown header", "<script>window.__pwned=1</script>,a,b\n1,2,3".getBytes(StandardCharsets.UTF_8));
        files.put("over 5 MB", ("x".repeat(5 * 1024 * 1024 + 1)).getBytes(StandardCharsets.UTF_8));
        files.forEach((what, bytes) -> attempts.mustReject("file " + what, () -> importFile(bytes)));
    }

    private static final List<String> DYAD_HEADER = List.of("kind", "baby", "start", "end", "left_min", "right_min",
            "end_side", "left_ml", "right_ml", "total_ml", "milk_type", "wet", "dirty", "weight_g", "comfort", "note");
    private static final List<String> HUCKLEBERRY_HEADER = List.of("Type", "Start", "End", "Duration",
            "Start Condition", "Start Location", "End Condition", "Notes");

    private void dyad(String kind, Map<String, String> base, Map<String, Oracle> cells) {
        cells.forEach((column, oracle) -> {
            for (String value : values) {
                Instant start = slot.get();
                Map<String, String> row = new LinkedHashMap<>(base);
                row.put("kind", kind);
                row.put("start", ISO.format(start.atOffset(ZoneOffset.UTC)));
                if (kind.equals("BREASTFEED") || kind.equals("PUMP")) {
                    row.put("end", ISO.format(start.plusSeconds(20 * 60).atOffset(ZoneOffset.UTC)));
                }
                row.put(column, value);
                String csv = csv(DYAD_HEADER, row);
                Object expected = oracle.expected().apply(value);
                attempts.attempt("dyad csv " + kind + " " + column + " " + describe(value), expected == Oracle.REFUSE,
                        () -> {
                            List<Entry> written = importFile(csv.getBytes(StandardCharsets.UTF_8));
                            return written.size() == 1 && Objects.equals(oracle.actual().apply(written.getFirst()),
                                    expected);
                        });
            }
        });
    }

    private void huckleberry(Map<String, String> base, boolean withEnd, Map<String, Oracle> cells) {
        cells.forEach((column, oracle) -> {
            for (String value : values) {
                Map<String, String> row = new LinkedHashMap<>(base);
                Instant start = slot.get();
                row.put(column, value);
                Object expected = oracle.expected().apply(value);
                String file = huckleberryRow(row, withEnd || column.equals("End"), start);
                attempts.attempt("huckleberry csv " + base.get("Type") + " " + column + " " + describe(value),
                        expected == Oracle.REFUSE, () -> {
                            List<Entry> written = importFile(file.getBytes(StandardCharsets.UTF_8));
                            return written.size() == 1 && (expected == null
                                    || Objects.equals(oracle.actual().apply(written.getFirst()), expected));
                        });
            }
        });
    }

    private void huckleberryAttempt(String what, boolean invalid, String csv) {
        attempts.attempt("huckleberry csv " + what, invalid,
                () -> importFile(csv.getBytes(StandardCharsets.UTF_8)).size() == 1);
    }

    private String huckleberryRow(Map<String, String> cells, boolean withEnd, Instant start) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Start", ISO.format(start.atOffset(ZoneOffset.UTC)));
        if (withEnd) {
            row.put("End", ISO.format(start.plusSeconds(20 * 60).atOffset(ZoneOffset.UTC)));
        }
        row.putAll(cells);
        return csv(HUCKLEBERRY_HEADER, row);
    }

    /**
     * Previews the file as the dialog does; a file the preview refuses (a problem in a row, or nothing to import) is a
     * {@link ValidationException} with the message the dialog shows. Otherwise imports it and returns what the
     * database now holds for the new rows, in the file's order.
     */
    private List<Entry> importFile(byte[] bytes) {
        ImportSetup setup = new ImportSetup(parent.client().babies(), parent.babyId(), ZoneOffset.UTC,
                SessionLogHostileInputIT.NOW);
        ImportPreview preview = CsvImport.preview(new ByteArrayInputStream(bytes), bytes.length, setup);
        if (!preview.canImport()) {
            throw new ValidationException("file", preview.errors().isEmpty() ? "There is nothing to import."
                    : preview.errors().getFirst().problem());
        }
        Set<Long> before = log.all(parent.clientId()).stream().map(LoggedEntry::id).collect(Collectors.toSet());
        ImportJob job = log.prepareImport(parent.clientId(), preview.entries());
        job.write((done, total) -> { });
        job.complete();
        List<Entry> written = log.all(parent.clientId()).stream().filter(e -> !before.contains(e.id()))
                .map(LoggedEntry::entry).toList();
        if (!written.equals(preview.entries())) {
            throw new IllegalStateException("The import stored " + written + " instead of " + preview.entries());
        }
        return written;
    }

    /** Whole seconds of a minutes cell, when it is a number of at most {@code max} seconds; else refuse. */
    private static Object seconds(String value, int max) {
        if (value.isBlank()) {
            return null;
        }
        try {
            BigDecimal seconds = new BigDecimal(value.strip()).multiply(BigDecimal.valueOf(60));
            if (seconds.abs().compareTo(BigDecimal.ONE) < 0) {
                return 0;
            }
            return seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(max)) > 0 ? Oracle.REFUSE
                    : seconds.intValue();
        } catch (NumberFormatException | ArithmeticException e) {
            return Oracle.REFUSE;
        }
    }

    private static Object integer(String value, int min, int max) {
        Object n = integerOrNull(value, min, max);
        return n == null ? Oracle.REFUSE : n;
    }

    private static Object integerOrNull(String value, int min, int max) {
        if (value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n >= min && n <= max ? n : Oracle.REFUSE;
        } catch (NumberFormatException e) {
            return Oracle.REFUSE;
        }
    }

    private static Predicate<String> oneOf(String... allowed) {
        return SessionLogHostileInputIT.oneOf(allowed);
    }

    private static String csv(List<String> header, Map<String, String> row) {
        return String.join(",", header) + "\r\n"
                + header.stream().map(h -> csv(row.getOrDefault(h, ""))).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String csv(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static String describe(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : "'" + value + "'";
    }
}
