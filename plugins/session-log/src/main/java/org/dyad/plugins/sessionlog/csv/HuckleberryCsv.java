package org.dyad.plugins.sessionlog.csv;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Diaper;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.MilkType;
import org.dyad.plugins.sessionlog.log.Pump;
import org.dyad.plugins.sessionlog.log.Side;
import org.dyad.plugins.sessionlog.log.Weighing;
import org.jspecify.annotations.Nullable;

/** Reads rows of a Huckleberry app export (see the package documentation for the mapping). */
final class HuckleberryCsv {

    static final List<String> HEADER = List.of("Type", "Start", "End", "Duration", "Start Condition",
            "Start Location", "End Condition", "Notes");
    private static final Pattern SIDE_TIME = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*([LR])", Pattern.CASE_INSENSITIVE);
    private static final Pattern VOLUME = Pattern.compile("(?<![\\w.])([\\d.]+)\\s*(ml|oz)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("(?<![\\w.])([\\d.]+)\\s*(kg|g|lbs?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(\\d+):(\\d{2})");
    private static final double ML_PER_OZ = 29.5735;
    /** Larger amounts (ml, oz, g, kg, lb) are no reading at all; the entry's own rules set the real limits. */
    private static final double MAX_AMOUNT = 1_000_000;

    private HuckleberryCsv() {
    }

    /** The entry of a row, or null for a row of a type this module does not log. */
    static @Nullable Entry read(CsvParser.Row row, ImportSetup setup) {
        long baby = setup.defaultBabyId();
        Instant start = Cells.time(row.cell(1), "Start", setup.zone());
        String conditions = row.cell(4) + " " + row.cell(6);
        return switch (row.cell(0).toLowerCase(Locale.ROOT)) {
            case "feed" -> row.cell(5).equalsIgnoreCase("bottle")
                    ? new Bottle(baby, start, volume(conditions), milkType(row.cell(4)))
                    : breastfeed(row, baby, start, setup);
            case "pump" -> new Pump(baby, start, end(row, start, setup), null, null, volume(conditions));
            case "diaper" -> diaper(baby, start, conditions);
            case "growth" -> new Weighing(baby, start, grams(conditions));
            default -> null;
        };
    }

    private static Breastfeed breastfeed(CsvParser.Row row, long baby, Instant start, ImportSetup setup) {
        Instant end = end(row, start, setup);
        long limit = Duration.between(start, end).toSeconds() + 60;
        Integer left = null;
        Integer right = null;
        Side last = null;
        for (String cell : List.of(row.cell(4), row.cell(6))) {
            Matcher m = SIDE_TIME.matcher(cell);
            if (m.find()) {
                int seconds = sideSeconds(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), limit);
                last = m.group(3).equalsIgnoreCase("L") ? Side.LEFT : Side.RIGHT;
                if (last == Side.LEFT) {
                    left = seconds + (left == null ? 0 : left);
                } else {
                    right = seconds + (right == null ? 0 : right);
                }
            }
        }
        return new Breastfeed(baby, start, end, left, right, last, null, row.cell(7));
    }

    /** {@code a:b} is hours:minutes when that fits the feed, else minutes:seconds (exports differ). */
    private static int sideSeconds(int a, int b, long limitSeconds) {
        int asHoursMinutes = a * 3600 + b * 60;
        return asHoursMinutes <= limitSeconds ? asHoursMinutes : a * 60 + b;
    }

    /** The End column, else Start plus Duration ({@code H:MM}), else the start. */
    private static Instant end(CsvParser.Row row, Instant start, ImportSetup setup) {
        Instant end = Cells.optionalTime(row.cell(2), "End", setup.zone());
        if (end != null) {
            return end;
        }
        Matcher m = DURATION.matcher(row.cell(3));
        if (!m.matches()) {
            return start;
        }
        try {
            return start.plus(Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2))));
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            throw new RowProblem("The Duration '" + Cells.shorten(row.cell(3)) + "' does not fit the Start.");
        }
    }

    private static int volume(String text) {
        Matcher m = VOLUME.matcher(text);
        if (!m.find()) {
            throw new RowProblem("No volume such as 120ml or 4 oz in '" + Cells.shorten(text.strip()) + "'.");
        }
        double amount = amount(m.group(1), text);
        return (int) Math.round(m.group(2).equalsIgnoreCase("oz") ? amount * ML_PER_OZ : amount);
    }

    private static MilkType milkType(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        boolean formula = t.contains("formula");
        boolean breast = t.contains("breast");
        return formula && breast ? MilkType.MIXED : formula ? MilkType.FORMULA : MilkType.BREAST_MILK;
    }

    private static Diaper diaper(long baby, Instant start, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        boolean both = t.contains("both");
        return new Diaper(baby, start, both || t.contains("pee") || t.contains("wet"),
                both || t.contains("poo") || t.contains("dirty"));
    }

    private static int grams(String text) {
        Matcher m = WEIGHT.matcher(text);
        if (!m.find()) {
            throw new RowProblem("No weight such as 3.62 kg in '" + Cells.shorten(text.strip()) + "'.");
        }
        double amount = amount(m.group(1), text);
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        return (int) Math.round(unit.equals("kg") ? amount * 1000 : unit.startsWith("lb") ? amount * 453.592 : amount);
    }

    /** A number such as {@code 120} or {@code 3.62}; a second dot or an absurd size is a problem of the row. */
    private static double amount(String digits, String text) {
        try {
            double amount = Double.parseDouble(digits);
            if (amount <= MAX_AMOUNT) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RowProblem("'" + Cells.shorten(digits) + "' in '" + Cells.shorten(text.strip())
                + "' is not an amount.");
    }
}
