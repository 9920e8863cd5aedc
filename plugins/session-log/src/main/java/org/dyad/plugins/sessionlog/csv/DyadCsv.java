package org.dyad.plugins.sessionlog.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.dyad.api.ClientRef;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Diaper;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.Kind;
import org.dyad.plugins.sessionlog.log.LoggedEntry;
import org.dyad.plugins.sessionlog.log.MilkType;
import org.dyad.plugins.sessionlog.log.Pump;
import org.dyad.plugins.sessionlog.log.Side;
import org.dyad.plugins.sessionlog.log.Weighing;
import org.jspecify.annotations.Nullable;

/** The module's own CSV format (see the package documentation): written by export, read by import. */
public final class DyadCsv {

    public static final List<String> HEADER = List.of("kind", "baby", "start", "end", "left_min", "right_min",
            "end_side", "left_ml", "right_ml", "total_ml", "milk_type", "wet", "dirty", "weight_g", "comfort", "note");

    private DyadCsv() {
    }

    /** The entries as a CSV file, times as ISO date-times with the clinic's offset. */
    public static String write(List<LoggedEntry> entries, Map<Long, String> babyNames, ZoneId zone) {
        StringBuilder out = new StringBuilder(64 * (entries.size() + 1));
        out.append(String.join(",", HEADER)).append("\r\n");
        for (LoggedEntry logged : entries) {
            List<String> cells = cells(logged.entry(), babyNames.getOrDefault(logged.entry().babyId(), ""), zone);
            out.append(String.join(",", cells.stream().map(DyadCsv::quote).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static List<String> cells(Entry e, String baby, ZoneId zone) {
        String[] c = new String[HEADER.size()];
        java.util.Arrays.fill(c, "");
        c[0] = e.kind().name();
        c[1] = baby;
        c[2] = time(e.start(), zone);
        switch (e) {
            case Breastfeed b -> {
                c[3] = time(b.end(), zone);
                c[4] = minutes(b.leftSeconds());
                c[5] = minutes(b.rightSeconds());
                c[6] = b.endSide() == null ? "" : b.endSide().name();
                c[14] = b.comfort() == null ? "" : b.comfort().toString();
                c[15] = b.note() == null ? "" : b.note();
            }
            case Pump p -> {
                c[3] = time(p.end(), zone);
                c[7] = p.leftMl() == null ? "" : p.leftMl().toString();
                c[8] = p.rightMl() == null ? "" : p.rightMl().toString();
                c[9] = Integer.toString(p.totalMl());
            }
            case Bottle b -> {
                c[9] = Integer.toString(b.ml());
                c[10] = b.milkType().name();
            }
            case Diaper d -> {
                c[11] = d.wet() ? "yes" : "no";
                c[12] = d.dirty() ? "yes" : "no";
            }
            case Weighing w -> c[13] = Integer.toString(w.grams());
        }
        return List.of(c);
    }

    /** Reads one data row. */
    static Entry read(CsvParser.Row row, ImportSetup setup) {
        Kind kind = Cells.choice(row.cell(0), Kind.class, "kind");
        if (kind == null) {
            throw new RowProblem("The kind is missing.");
        }
        long baby = baby(row.cell(1), setup);
        Instant start = Cells.time(row.cell(2), "start", setup.zone());
        Instant end = Cells.optionalTime(row.cell(3), "end", setup.zone());
        return switch (kind) {
            case BREASTFEED -> new Breastfeed(baby, start, end, Cells.minutesAsSeconds(row.cell(4), "left_min"),
                    Cells.minutesAsSeconds(row.cell(5), "right_min"), Cells.choice(row.cell(6), Side.class, "end_side"),
                    Cells.integer(row.cell(14), "comfort"), row.cell(15));
            case PUMP -> pump(row, baby, start, end);
            case BOTTLE -> new Bottle(baby, start, required(Cells.integer(row.cell(9), "total_ml"), "total_ml"),
                    Cells.choice(row.cell(10), MilkType.class, "milk_type"));
            case DIAPER -> new Diaper(baby, start, Cells.yesNo(row.cell(11), "wet"), Cells.yesNo(row.cell(12), "dirty"));
            case WEIGHT -> new Weighing(baby, start, required(Cells.integer(row.cell(13), "weight_g"), "weight_g"));
        };
    }

    private static Pump pump(CsvParser.Row row, long baby, Instant start, @Nullable Instant end) {
        Integer left = Cells.integer(row.cell(7), "left_ml");
        Integer right = Cells.integer(row.cell(8), "right_ml");
        Integer total = Cells.integer(row.cell(9), "total_ml");
        if (left == null && right == null) {
            return new Pump(baby, start, end, null, null, required(total, "total_ml"));
        }
        Pump perSide = Pump.perSide(baby, start, end, left, right);
        return total == null ? perSide : new Pump(baby, start, end, left, right, total);
    }

    private static long baby(String name, ImportSetup setup) {
        if (name.isEmpty()) {
            return setup.defaultBabyId();
        }
        return setup.babies().stream().filter(b -> b.name().equalsIgnoreCase(name)).findFirst()
                .map(ClientRef.BabyRef::babyId)
                .orElseThrow(() -> new RowProblem("No baby called '" + Cells.shorten(name) + "' in this record."));
    }

    private static int required(@Nullable Integer value, String column) {
        if (value == null) {
            throw new RowProblem("The " + column + " is missing.");
        }
        return value;
    }

    private static String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
    }

    private static String minutes(@Nullable Integer seconds) {
        return seconds == null ? "" : BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d.*")
                ? "'" + cell : cell;
        return needs || !safe.equals(cell) ? "\"" + safe.replace("\"", "\"\"") + "\"" : cell;
    }
}
