package org.dyad.plugins.sessionlog.csv;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.dyad.api.ClientRef;
import org.dyad.api.ValidationException;

/**
 * Generated-input fuzzing of the CSV importer's parser and checks ({@link CsvImport#preview(String, ImportSetup)}) for a
 * set time (not part of the build). Inputs start with the Dyad header, the Huckleberry header or random cells, followed
 * by rows of plausible and hostile cells (dates in many formats, numbers, quotes, separators, line breaks, Unicode). A
 * finding is any exception other than the documented {@link ValidationException} for an unusable file.
 * <p>Run: see {@code docs/reliability.md} (exec-maven-plugin's {@code exec} goal, test class path,
 * arguments: seconds and an optional seed).
 */
final class CsvImportFuzz {

    private static final System.Logger LOG = System.getLogger(CsvImportFuzz.class.getName());
    private static final ImportSetup SETUP = new ImportSetup(List.of(
            new ClientRef.BabyRef(7, "Mia", LocalDate.of(2026, 3, 1), 3500, 39),
            new ClientRef.BabyRef(8, "Noah", LocalDate.of(2026, 3, 1), 3300, 39)), 7, ZoneId.of("Europe/London"),
            Instant.parse("2026-06-01T12:00:00Z"));
    private static final List<String> CELLS = List.of("", " ", "\"", "\"\"", "\"a,b\"", "\"a\nb\"", ",", "\n", "\r\n", "\r",
            "feed", "FEED", "pump", "diaper", "sleep", "weight", "Feed", "Diaper", "Pump", "Sleep", "Mia", "Noah", "Zoe",
            "2026-05-31T08:00", "2026-05-31 08:00", "2026-05-31T08:00:00Z", "31/05/2026 08:00", "2026-02-30T08:00",
            "9999-12-31T23:59", "0000-01-01T00:00", "-2026-05-31T08:00", "2026-03-29T01:30", "08:00", "0", "-1", "10",
            "1.5", "NaN", "Infinity", "1e309", "99999999999999999999", "00:10", "1:00:00", "-0:05", "left", "right",
            "both", "wet", "dirty", "mixed", "=cmd|'/c calc'!A1", "<script>alert(1)</script>", "' OR 1=1 --",
            "\u202E", "\u200B", "\uFEFF", "👶", "\uD800", "\u0000");

    private CsvImportFuzz() {
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Random random = new Random(seed);
        Map<String, Integer> findings = new TreeMap<>();
        Instant end = Instant.now().plus(Duration.ofSeconds(seconds));
        long executions = 0;
        long validationErrors = 0;
        while (Instant.now().isBefore(end)) {
            String input = input(random);
            executions++;
            try {
                CsvImport.preview(input, SETUP);
            } catch (ValidationException e) {
                validationErrors++;
            } catch (RuntimeException | StackOverflowError e) {
                StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
                String key = e.getClass().getSimpleName() + " at " + at;
                if (findings.merge(key, 1, Integer::sum) == 1) {
                    LOG.log(System.Logger.Level.WARNING, "Finding on input " + input.replace("\n", "\\n"), e);
                }
            }
        }
        LOG.log(System.Logger.Level.INFO, "csv-fuzz seconds={0} seed={1} executions={2} validationErrors={3} findings={4} distinct={5}",
                seconds, seed, executions, validationErrors, findings.values().stream().mapToInt(Integer::intValue).sum(), findings);
    }

    private static String input(Random random) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(10) == 0) {
            b.append('\uFEFF');
        }
        List<String> header = switch (random.nextInt(3)) {
            case 0 -> DyadCsv.HEADER;
            case 1 -> HuckleberryCsv.HEADER;
            default -> List.of(CELLS.get(random.nextInt(CELLS.size())), CELLS.get(random.nextInt(CELLS.size())));
        };
        b.append(String.join(",", header)).append(random.nextBoolean() ? "\n" : "\r\n");
        int rows = random.nextInt(12);
        for (int r = 0; r < rows; r++) {
            int cells = header.size() + random.nextInt(3) - 1;
            for (int c = 0; c < cells; c++) {
                if (c > 0) {
                    b.append(',');
                }
                b.append(random.nextInt(8) == 0 ? String.valueOf((char) random.nextInt(0xFFFF))
                        : CELLS.get(random.nextInt(CELLS.size())));
            }
            b.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        return b.toString();
    }
}
