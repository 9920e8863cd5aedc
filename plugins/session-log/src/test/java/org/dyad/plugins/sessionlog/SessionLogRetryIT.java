package org.dyad.plugins.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.LoggedEntry;
import org.dyad.plugins.sessionlog.log.MilkType;
import org.dyad.plugins.sessionlog.log.RunningTimer;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.dyad.plugins.sessionlog.log.Side;
import org.dyad.plugins.sessionlog.log.TimerService;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Saving again after "not saved" stores nothing twice: the portal form's request key makes the second save find the
 * first one's row (real MariaDB, the plugin loaded as a jar by the real host).
 */
@DyadPluginTest
class SessionLogRetryIT {

    private static Instant minutesAgo(int minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(minutes));
    }

    private static long baby(TestParent parent) {
        return parent.client().babies().getFirst().babyId();
    }

    private static int rows(TestKit kit, TestParent parent) {
        return kit.dsl().fetchCount(DSL.table(DSL.name("session_log_entry")),
                DSL.field(DSL.name("client_id"), Long.class).eq(parent.clientId()));
    }

    private static int audited(TestKit kit, String action, long entryId) {
        return kit.dsl().fetchCount(DSL.table(DSL.name("audit_event")),
                DSL.field(DSL.name("action"), String.class).eq(action),
                DSL.field(DSL.name("subject_id"), Long.class).eq(entryId));
    }

    @Test
    void a_save_repeated_with_its_request_key_returns_the_stored_entry_and_a_changed_value_replaces_it(TestKit kit) {
        TestParent parent = kit.clinicA().parent1();
        kit.actAs(parent.user());
        SessionLogService log = new SessionLogService(kit.context());
        Instant at = minutesAgo(20);
        UUID key = UUID.randomUUID();
        int before = rows(kit, parent);

        LoggedEntry first = log.add(parent.clientId(), new Bottle(baby(parent), at, 70, MilkType.FORMULA), key);
        LoggedEntry again = log.add(parent.clientId(), new Bottle(baby(parent), at, 70, MilkType.FORMULA), key);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(rows(kit, parent)).isEqualTo(before + 1);
        assertThat(audited(kit, "session-log.entry.created", first.id())).isEqualTo(1);

        LoggedEntry corrected = log.add(parent.clientId(), new Bottle(baby(parent), at, 75, MilkType.FORMULA), key);
        assertThat(corrected.id()).isEqualTo(first.id());
        assertThat(rows(kit, parent)).isEqualTo(before + 1);
        assertThat(log.all(parent.clientId())).filteredOn(e -> e.id() == first.id())
                .extracting(e -> ((Bottle) e.entry()).ml()).containsExactly(75);

        LoggedEntry other = log.add(parent.clientId(), new Bottle(baby(parent), at, 75, MilkType.FORMULA),
                UUID.randomUUID());
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(rows(kit, parent)).isEqualTo(before + 2);
    }

    @Test
    void the_same_key_saved_from_eight_threads_at_once_is_stored_once(TestKit kit) throws Exception {
        TestParent parent = kit.clinicA().parent2();
        UUID key = UUID.randomUUID();
        Bottle bottle = new Bottle(baby(parent), minutesAgo(30), 90, MilkType.BREAST_MILK);
        int before = rows(kit, parent);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> saves = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                saves.add(pool.submit(() -> {
                    go.await();
                    return TestKit.as(parent.user(),
                            () -> new SessionLogService(kit.context()).add(parent.clientId(), bottle, key).id());
                }));
            }
            go.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Long> save : saves) {
                ids.add(save.get());
            }
            assertThat(ids).containsOnly(ids.getFirst());
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(kit, parent)).isEqualTo(before + 1);
    }

    @Test
    void timer_start_and_stop_pressed_again_with_their_key_change_nothing_the_second_time(TestKit kit) {
        TestParent parent = kit.clinicB().parent2();
        kit.actAs(parent.user());
        TimerService timers = new TimerService(kit.context());
        long baby = baby(parent);
        UUID startKey = UUID.randomUUID();

        RunningTimer started = timers.start(parent.clientId(), baby, Side.LEFT, startKey);
        RunningTimer retried = timers.start(parent.clientId(), baby, Side.LEFT, startKey);
        assertThat(retried.startedAt()).isEqualTo(started.startedAt().truncatedTo(ChronoUnit.MICROS));
        assertThatThrownBy(() -> timers.start(parent.clientId(), baby, Side.LEFT, UUID.randomUUID()))
                .hasMessage("A timer is already running for this baby.");

        timers.switchTo(parent.clientId(), baby, Side.RIGHT);
        timers.switchTo(parent.clientId(), baby, Side.RIGHT);
        assertThat(timers.runningFor(parent.clientId(), baby)).get().extracting(RunningTimer::side)
                .isEqualTo(Side.RIGHT);

        int before = rows(kit, parent);
        UUID stopKey = UUID.randomUUID();
        LoggedEntry stopped = timers.stop(parent.clientId(), baby, stopKey);
        LoggedEntry stoppedAgain = timers.stop(parent.clientId(), baby, stopKey);
        assertThat(stoppedAgain.id()).isEqualTo(stopped.id());
        assertThat(((Breastfeed) stoppedAgain.entry()).endSide()).isEqualTo(Side.RIGHT);
        assertThat(rows(kit, parent)).isEqualTo(before + 1);
        assertThatThrownBy(() -> timers.stop(parent.clientId(), baby, UUID.randomUUID()))
                .hasMessage("No timer is running for this baby.");
    }

    @Test
    void a_delete_pressed_again_succeeds_once_and_an_unknown_entry_is_still_refused(TestKit kit) {
        TestParent parent = kit.clinicA().parent2();
        kit.actAs(parent.user());
        SessionLogService log = new SessionLogService(kit.context());
        LoggedEntry bottle = log.add(parent.clientId(), new Bottle(baby(parent), minutesAgo(40), 60, MilkType.FORMULA));

        log.delete(parent.clientId(), bottle.id());
        log.delete(parent.clientId(), bottle.id());

        assertThat(log.all(parent.clientId())).extracting(LoggedEntry::id).doesNotContain(bottle.id());
        assertThat(audited(kit, "session-log.entry.deleted", bottle.id())).isEqualTo(1);
        assertThatThrownBy(() -> log.delete(parent.clientId(), bottle.id() + 100_000))
                .hasMessage("This entry no longer exists.");
        log.restore(parent.clientId(), bottle.id());
        assertThat(log.all(parent.clientId())).extracting(LoggedEntry::id).contains(bottle.id());
    }
}
