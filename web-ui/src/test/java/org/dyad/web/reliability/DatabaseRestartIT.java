package org.dyad.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.dyad.core.db.EmbeddedMariaDb;
import org.dyad.testkit.Figures;
import org.dyad.web.Browser;
import org.dyad.web.DyadApplication;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under parents who are logging: three demo parents of Willow (parent.maya, parent.sofia,
 * parent.aisha), each in a headless-Chromium phone of their own, log bottles through the portal form in a loop while
 * the MariaDB this test started itself (embedded, free port, data under {@code target/}, never the machine's server)
 * is stopped, kept down a few seconds and started again on the same port and data — the app is not restarted.
 * <p>
 * What every parent saw is recorded per Save press: "Saved: Bottle N ml" with the form closed, or the form still open
 * with "Not saved — please try again." and the typed amount in the field; a not-saved form is saved again with the
 * same Save button (same form, same request key). At the end every acknowledged bottle is in the database exactly
 * once, nothing else was stored, and a save succeeded within 10 s of the database coming back.
 */
@SpringBootTest(classes = DyadApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DatabaseRestartIT {

    private static final List<String> PARENTS = List.of("parent.maya", "parent.sofia", "parent.aisha");
    private static final int BEFORE = 3;
    private static final int AFTER = 3;
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    private static Path data;
    private static EmbeddedMariaDb db;

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(Path.of("target"));
        data = Files.createTempDirectory(Path.of("target"), "fault-mariadb-");
        db = EmbeddedMariaDb.start(data, 0);
        String name = "dyad_restart";
        db.createDatabase(name);
        registry.add("spring.datasource.url", () -> db.jdbcUrl(name));
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("dyad.demo-data", () -> "true");
        registry.add("dyad.demo.example-module", () -> "true");
        Path plugins = Files.createTempDirectory("dyad-plugins");
        for (Path jar : ReliabilityAppBase.pluginJars()) {
            Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        registry.add("dyad.plugins.dir", plugins::toString);
        registry.add("dyad.plugins.mode", () -> "deployment");
    }

    /** The server and its data folder; the app's context is closed right after (it is marked dirty). */
    @AfterAll
    static void stopDatabase() throws IOException {
        if (db != null) {
            db.stop();
        }
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void parents_see_saved_or_not_saved_nothing_is_lost_or_doubled_and_the_app_serves_again_within_ten_seconds()
            throws Exception {
        timeoutsAreTheDocumentedOnes();
        Instant testStart = Instant.now();
        try (Browser browser = new Browser()) {
            List<PortalSession> sessions = new ArrayList<>();
            for (String parent : PARENTS) {
                sessions.add(new PortalSession(browser, "http://localhost:" + port + "/", parent));
            }
            Browser.assertAccessible(sessions.getFirst().page);
            Run run = new Run(sessions);

            run.roundsUntil(() -> sessions.stream().allMatch(s -> s.acknowledged.size() >= BEFORE), 60);
            db.stop();
            Instant stoppedAt = Instant.now();
            run.roundsUntil(() -> Duration.between(stoppedAt, Instant.now()).compareTo(OUTAGE) >= 0
                    && sessions.stream().allMatch(s -> run.failuresOf(s) > 0), 60);
            CompletableFuture<Instant> restarted = CompletableFuture.supplyAsync(() -> {
                db.restart();
                return Instant.now();
            });
            run.roundsUntil(() -> restarted.isDone() && sessions.stream().allMatch(s -> !s.hasOpenForm()
                    && s.acknowledgedSince(restarted.join()) >= AFTER), 90);
            Instant restartedAt = restarted.get(1, TimeUnit.SECONDS);

            check(run, sessions, testStart, stoppedAt, restartedAt);
            sessions.forEach(s -> s.page.context().close());
        }
    }

    private void check(Run run, List<PortalSession> sessions, Instant testStart, Instant stoppedAt,
                       Instant restartedAt) {
        int lost = 0;
        int duplicates = 0;
        int committedButReportedFailed = 0;
        for (PortalSession session : sessions) {
            Map<Integer, List<Record>> stored = storedBottles(session.username, testStart);
            for (PortalSession.Attempt attempt : session.acknowledged) {
                List<Record> rows = stored.getOrDefault(attempt.ml, List.of());
                lost += rows.isEmpty() ? 1 : 0;
                duplicates += Math.max(0, rows.size() - 1);
                if (attempt.firstFailureSeen != null && rows.size() == 1
                        && createdAt(rows.getFirst()).isBefore(attempt.firstFailureSeen)) {
                    committedButReportedFailed++;
                }
            }
            List<Integer> strays = stored.keySet().stream()
                    .filter(ml -> session.acknowledged.stream().noneMatch(a -> a.ml == ml)).toList();
            assertThat(strays).as(session.username + ": bottles stored although never acknowledged").isEmpty();
            assertThat(stored.values().stream().flatMap(List::stream).map(r -> r.get("request_key")))
                    .as("every row saved from the form carries its request key").doesNotContainNull();
        }
        Instant firstAckAfterRestart = sessions.stream().flatMap(s -> s.acknowledged.stream())
                .map(a -> a.acknowledgedAt).filter(t -> t.isAfter(restartedAt)).min(Instant::compareTo).orElseThrow();
        double secondsToRecover = Duration.between(restartedAt, firstAckAfterRestart).toMillis() / 1000.0;
        new Figures("database-restart", PARENTS.size() + " parents log bottles through the portal form in headless "
                + "Chromium; the test's own embedded MariaDB is stopped, kept down while the loops go on, and started "
                + "again on the same port and data; no app restart; a not-saved form is saved again (same request key)")
                .put("writesAttempted", run.presses).put("acknowledged", run.acknowledged())
                .put("failedWithNotSaved", run.failures).put("retriedOk", run.retriedOk())
                .put("committedButReportedFailed", committedButReportedFailed)
                .put("lost", lost).put("duplicates", duplicates)
                .put("outageSeconds", String.format("%.1f", Duration.between(stoppedAt, restartedAt).toMillis() / 1000.0))
                .put("secondsToRecover", String.format("%.2f", secondsToRecover))
                .put("slowestFailureMs", run.slowestFailureMs()).write();
        assertThat(lost).as("acknowledged bottles missing from the database").isZero();
        assertThat(duplicates).as("bottles stored twice").isZero();
        assertThat(run.failures).as("saves during the outage answer 'not saved'").isPositive();
        assertThat(run.retriedOk()).as("every not-saved form was saved by pressing Save again")
                .isEqualTo(run.formsThatFailed());
        assertThat(secondsToRecover).as("seconds from the database's return to the first save").isLessThanOrEqualTo(10.0);
        // A save waits at most one connection timeout (5 s) itself, but the page's requests take turns: it may
        // first wait for the page's poll and a reload, each of which gives up after one connection timeout too.
        assertThat(run.slowestFailureMs()).as("a failed save answers within three connection timeouts + margin")
                .isLessThanOrEqualTo(20_000);
    }

    /** The pool and Connector/J settings of application.properties reach the pool and its connections. */
    private void timeoutsAreTheDocumentedOnes() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getConnectionTimeout()).isEqualTo(5_000);
        assertThat(pool.getValidationTimeout()).isEqualTo(2_000);
        assertThat(pool.getMaxLifetime()).isEqualTo(1_800_000);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(20);
        assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "3000")
                .containsEntry("socketTimeout", "30000");
        try (Connection connection = pool.getConnection()) {
            assertThat(connection.getNetworkTimeout()).as("Connector/J socketTimeout").isEqualTo(30_000);
        }
    }

    /** The bottles a parent's client got since the test started, by amount. */
    private Map<Integer, List<Record>> storedBottles(String username, Instant since) {
        return dsl.resultQuery("""
                select e.total_ml, e.created_at, e.request_key from session_log_entry e
                  join app_user u on u.client_id = e.client_id
                 where u.username = ? and e.kind = 'BOTTLE' and e.created_at >= ?""",
                username, LocalDateTime.ofInstant(since, ZoneOffset.UTC)).fetch().stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> r.get("total_ml", Integer.class)));
    }

    private static Instant createdAt(Record row) {
        return row.get("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    /** Rounds of one Save press per session (all in flight together), then every answer. */
    private static final class Run {
        private final List<PortalSession> sessions;
        int presses;
        int failures;

        Run(List<PortalSession> sessions) {
            this.sessions = sessions;
        }

        void roundsUntil(BooleanSupplier done, int seconds) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!done.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Not reached within " + seconds + " s; acknowledged so far: "
                            + sessions.stream().map(s -> s.username + "=" + s.acknowledged.size()).toList());
                }
                sessions.forEach(PortalSession::press);
                presses += sessions.size();
                for (PortalSession session : sessions) {
                    failures += session.awaitOutcome(45) ? 0 : 1;
                }
            }
        }

        long failuresOf(PortalSession session) {
            return session.acknowledged.stream().mapToLong(a -> a.failureMillis.size()).sum()
                    + (session.hasOpenForm() ? 1 : 0);
        }

        int acknowledged() {
            return sessions.stream().mapToInt(s -> s.acknowledged.size()).sum();
        }

        long retriedOk() {
            return sessions.stream().flatMap(s -> s.acknowledged.stream()).filter(a -> !a.failureMillis.isEmpty()).count();
        }

        long formsThatFailed() {
            return retriedOk() + sessions.stream().filter(PortalSession::hasOpenForm).count();
        }

        long slowestFailureMs() {
            return sessions.stream().flatMap(s -> s.acknowledged.stream()).flatMap(a -> a.failureMillis.stream())
                    .mapToLong(Long::longValue).max().orElse(0);
        }
    }
}
