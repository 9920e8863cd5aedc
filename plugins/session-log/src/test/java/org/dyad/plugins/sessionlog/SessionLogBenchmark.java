package org.dyad.plugins.sessionlog;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.dyad.api.ClientRef;
import org.dyad.plugins.sessionlog.csv.CsvImport;
import org.dyad.plugins.sessionlog.csv.DyadCsv;
import org.dyad.plugins.sessionlog.csv.ImportPreview;
import org.dyad.plugins.sessionlog.csv.ImportSetup;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Diaper;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.LoggedEntry;
import org.dyad.plugins.sessionlog.log.MilkType;
import org.dyad.plugins.sessionlog.log.Pump;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.dyad.plugins.sessionlog.log.Side;
import org.dyad.plugins.sessionlog.stats.PictureService;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the session log's figures on a throwaway MariaDB schema holding 10,000 clients of one clinic and about
 * 1,000,000 entries: a dyad's 30-day charts (target p95 ≤ 50 ms), the "dyads that need a look" card over the clinic
 * (target p95 ≤ 300 ms) and CSV import of a 40,000-row file, parse + check + write (target ≥ 20,000 rows/s).
 * Not part of {@code verify} (the name does not end in IT); run it with
 *
 * <pre>
 * ./mvnw -o -pl plugins/session-log verify -Dit.test=SessionLogBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@DyadPluginTest
class SessionLogBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLogBenchmark.class);
    private static final int CLIENTS = 10_000;
    private static final int IMPORT_ROWS = 40_000;
    private static final int IMPORT_RUNS = 5;

    @Test
    void prints_chart_dashboard_and_import_figures(TestKit kit) {
        TestParent dyad = kit.clinicA().parent1();
        kit.actAs(kit.clinicA().consultant());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long seedStart = System.nanoTime();
        BenchmarkSeed seed = new BenchmarkSeed(kit.dsl(), kit.clinicA().id(), now);
        List<long[]> dyads = seed.dyads(CLIENTS);
        long entries = seed.entries(dyads) + seed.denseMonth(dyad.clientId(), dyad.babyId());
        kit.dsl().execute("ANALYZE TABLE session_log_entry, client, baby");
        LOG.info(String.format(Locale.ROOT, "Seeded %,d clients and %,d entries in %.1f s on %s", dyads.size(),
                entries, (System.nanoTime() - seedStart) / 1e9, machine(kit)));

        PictureService pictures = new PictureService(kit.context());
        LocalDate today = LocalDate.now(kit.context().data().clinicZone());
        report("30-day charts of one dyad (360 entries)", 30, 300, 50, () -> {
            pictures.picture(dyad.clientId(), dyad.babyId(), today.minusDays(29), today);
            return 0;
        });
        report("dashboard card over the clinic", 5, 60, 300, () -> pictures.needsALook().size());
        importRate(kit, dyads.subList(0, IMPORT_RUNS + 1), now);
    }

    private void importRate(TestKit kit, List<long[]> dyads, Instant now) {
        SessionLogService log = new SessionLogService(kit.context());
        ZoneId zone = kit.context().data().clinicZone();
        List<Double> rates = new ArrayList<>();
        for (long[] dyad : dyads) {
            ClientRef client = kit.context().client(dyad[0]);
            byte[] csv = DyadCsv.write(fileOf(dyad[1], now.minus(Duration.ofDays(400))), Map.of(), zone)
                    .getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            ImportPreview preview = CsvImport.preview(new ByteArrayInputStream(csv), csv.length,
                    new ImportSetup(client.babies(), dyad[1], zone, now));
            long checked = System.nanoTime();
            int written = log.importAll(dyad[0], preview.entries());
            long done = System.nanoTime();
            if (written != IMPORT_ROWS || !preview.canImport()) {
                throw new AssertionError("Imported " + written + " of " + IMPORT_ROWS + ": " + preview.errors());
            }
            rates.add(IMPORT_ROWS / ((done - start) / 1e9));
            LOG.info(String.format(Locale.ROOT, "CSV import of %,d rows (%.1f MB): read and check %d ms, write %d ms",
                    IMPORT_ROWS, csv.length / 1e6, (checked - start) / 1_000_000, (done - checked) / 1_000_000));
        }
        double[] measured = rates.subList(1, rates.size()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        LOG.info(String.format(Locale.ROOT, "CSV import over %d runs: median %,.0f rows/s, slowest %,.0f rows/s "
                        + "(target >= 20,000 rows/s: %s)", measured.length, measured[measured.length / 2],
                measured[0], measured[0] >= 20_000 ? "met" : "MISSED"));
        long stored = kit.dsl().fetchCount(DSL.table(DSL.name("session_log_entry")));
        LOG.info(String.format(Locale.ROOT, "session_log_entry now holds %,d rows", stored));
    }

    /** A baby tracker's worth of rows, 40 minutes apart, ending {@code before}: the mix of the seed. */
    private static List<LoggedEntry> fileOf(long baby, Instant before) {
        List<LoggedEntry> rows = new ArrayList<>(IMPORT_ROWS);
        Instant t = before.minus(Duration.ofMinutes(40L * IMPORT_ROWS));
        for (int i = 0; i < IMPORT_ROWS; i++, t = t.plus(Duration.ofMinutes(40))) {
            Entry entry = switch (i % 6) {
                case 0, 1, 2 -> new Breastfeed(baby, t, t.plus(Duration.ofMinutes(25)), 600, 900, Side.RIGHT, null,
                        i % 50 == 0 ? "sleepy, \"good\" latch" : null);
                case 3 -> Pump.perSide(baby, t, t.plus(Duration.ofMinutes(15)), 60, 45);
                case 4 -> new Bottle(baby, t, 60, MilkType.BREAST_MILK);
                default -> new Diaper(baby, t, true, i % 2 == 0);
            };
            rows.add(new LoggedEntry(i, 0, entry));
        }
        return rows;
    }

    private static void report(String what, int warmUp, int runs, int targetMillis, LongSupplier work) {
        for (int i = 0; i < warmUp; i++) {
            work.getAsLong();
        }
        long[] nanos = new long[runs];
        long result = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.getAsLong();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double p95 = millis(nanos, 0.95);
        LOG.info(String.format(Locale.ROOT, "%s, %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms (result %d; "
                        + "target p95 <= %d ms: %s)", what, runs, millis(nanos, 0.50), p95, nanos[runs - 1] / 1e6,
                result, targetMillis, p95 <= targetMillis ? "met" : "MISSED"));
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private static String machine(TestKit kit) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%d cores (nproc), %.1f GB memory, Java %s, MariaDB %s",
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9,
                Runtime.version(), kit.dsl().fetchValue("SELECT VERSION()"));
    }
}
