package org.dyad.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.jooq.Tables.CLIENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ValidationException;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientDraft;
import org.dyad.core.client.ClientService;
import org.dyad.core.db.EmbeddedMariaDb;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.dyad.web.DyadApplication;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Database fault drill: four sessions create clients in a loop while the MariaDB the test started itself (embedded,
 * its own port and data folder under {@code target/}, never the machine's server) is stopped and started again.
 * Every acknowledged write must be in the database, every failed one must have raised an error the UI turns into
 * "not saved, please try again" (anything but a validation or access refusal) within the pool's timeout, and the app
 * must serve again within 10 s of the database coming back, without a restart.
 *
 * <p>Slow (two server starts): not part of {@code ./mvnw verify}; run it with the command in docs/reliability.md.
 */
@SpringBootTest(classes = DyadApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseRestartDrill {

    private static final int SESSIONS = 4;
    private static final Path DATA = Path.of("target", "fault-mariadb");
    private static EmbeddedMariaDb db;
    private static int port;

    @Autowired
    ClientService clients;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext dsl;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws Exception {
        db = EmbeddedMariaDb.start(DATA, 0);
        port = db.port();
        String name = "dyad_drill_" + System.nanoTime();
        db.createDatabase(name);
        registry.add("spring.datasource.url", () -> db.jdbcUrl(name));
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("dyad.demo-data", () -> "true");
        registry.add("dyad.demo.example-module", () -> "true");
        Path plugins = Files.createTempDirectory("dyad-plugins");
        registry.add("dyad.plugins.dir", plugins::toString);
    }

    @AfterAll
    static void stopDatabase() {
        if (db != null) {
            db.stop();
        }
    }

    @Test
    void acknowledged_writes_survive_a_database_restart_and_the_app_serves_again_within_ten_seconds() throws Exception {
        DyadUser staff = AccountService.toUser(accounts.findByUsername("willow.frontdesk").orElseThrow());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger attempted = new AtomicInteger();
        AtomicLong maxFailureMillis = new AtomicLong();
        AtomicLong firstSuccessAfterRestart = new AtomicLong();
        AtomicLong restartedAt = new AtomicLong(Long.MAX_VALUE);
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unclear = new ConcurrentLinkedQueue<>();
        ExecutorService sessions = Executors.newFixedThreadPool(SESSIONS);
        for (int s = 0; s < SESSIONS; s++) {
            int session = s;
            sessions.submit(() -> {
                for (int n = 0; running.get(); n++) {
                    String name = "Drill" + session + "x" + n;
                    attempted.incrementAndGet();
                    long start = System.nanoTime();
                    try {
                        clients.create(staff, new ClientDraft(name, "Restart", "", "",
                                List.of(new BabyDraft(null, "Kit", LocalDate.now().minusDays(3), 3200, 39))));
                        acknowledged.add(name);
                        long now = System.nanoTime();
                        if (now > restartedAt.get()) {
                            firstSuccessAfterRestart.compareAndSet(0, now);
                        }
                    } catch (ValidationException | AccessDeniedException wrongKind) {
                        unclear.add(name + ": " + wrongKind.getMessage());
                    } catch (RuntimeException notSaved) {
                        failed.add(name);
                        maxFailureMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                    }
                }
            });
        }
        waitUntil(() -> acknowledged.size() >= 20, 30);
        db.stop();
        long stoppedAt = System.nanoTime();
        waitUntil(() -> failed.size() >= SESSIONS, 30);
        Thread.sleep(3000); // the outage lasts a few seconds on purpose: writes keep being attempted meanwhile
        db = EmbeddedMariaDb.start(DATA, port);
        restartedAt.set(System.nanoTime());
        waitUntil(() -> firstSuccessAfterRestart.get() != 0, 30);
        int ackedAtRecovery = acknowledged.size();
        waitUntil(() -> acknowledged.size() >= ackedAtRecovery + 20, 30);
        running.set(false);
        sessions.shutdown();
        assertThat(sessions.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        Set<String> stored = Set.copyOf(dsl.select(CLIENT.FIRST_NAME).from(CLIENT).where(CLIENT.LAST_NAME.eq("Restart"))
                .fetch(CLIENT.FIRST_NAME));
        List<String> lost = acknowledged.stream().filter(n -> !stored.contains(n)).toList();
        List<String> committedButReportedFailed = new ArrayList<>(failed.stream().filter(stored::contains).toList());
        double recoverySeconds = (firstSuccessAfterRestart.get() - restartedAt.get()) / 1e9;
        new Figures("database-restart", "4 sessions create clients in a loop; the test's own embedded MariaDB is stopped, "
                + "kept down 3 s and started again; no app restart")
                .put("writesAttempted", attempted.get()).put("acknowledged", acknowledged.size())
                .put("failedWithNotSaved", failed.size()).put("lost", lost.size())
                .put("committedButReportedFailed", committedButReportedFailed.size())
                .put("outageSeconds", String.format("%.1f", (restartedAt.get() - stoppedAt) / 1e9))
                .put("secondsToRecover", String.format("%.2f", recoverySeconds))
                .put("slowestFailureMs", maxFailureMillis.get()).write();
        assertThat(lost).as("acknowledged writes missing from the database").isEmpty();
        assertThat(unclear).as("failures reported as something other than 'not saved'").isEmpty();
        assertThat(failed).as("writes during the outage must fail").isNotEmpty();
        assertThat(recoverySeconds).isLessThanOrEqualTo(10.0);
        assertThat(maxFailureMillis.get()).as("a failed write answers within the pool's connection timeout + margin")
                .isLessThanOrEqualTo(40_000);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }
}
