package org.dyad.plugins.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.testkit.Actor.CLINIC_ADMIN;
import static org.dyad.testkit.Actor.CONSULTANT;
import static org.dyad.testkit.Actor.OTHER_CLINIC_ADMIN;
import static org.dyad.testkit.Actor.PARENT_A;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.plugins.sessionlog.log.Diaper;
import org.dyad.plugins.sessionlog.log.EntryQuery;
import org.dyad.plugins.sessionlog.log.ImportJob;
import org.dyad.plugins.sessionlog.log.LoggedEntry;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.dyad.plugins.sessionlog.log.Side;
import org.dyad.plugins.sessionlog.log.TimerService;
import org.dyad.plugins.sessionlog.stats.DyadSnapshot;
import org.dyad.plugins.sessionlog.stats.NeedsALook;
import org.dyad.plugins.sessionlog.stats.PictureService;
import org.dyad.testkit.AccessMatrix;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.ExpectedAudit;
import org.dyad.testkit.MatrixCell;
import org.dyad.testkit.TestKit;
import org.junit.jupiter.api.Test;

/**
 * Every method of the log, timer and picture services × the eight actors: the log is clinical data, so front desk,
 * parent B, the other clinic and the platform admin are refused everything; reads and writes are audited.
 */
@DyadPluginTest
class SessionLogAccessMatrixIT {

    private final AtomicInteger minutesAgo = new AtomicInteger(30);

    @Test
    void every_service_method_is_allowed_refused_and_audited_as_declared(TestKit kit) {
        SessionLogService log = new SessionLogService(kit.context());
        TimerService timers = new TimerService(kit.context());
        PictureService pictures = new PictureService(kit.context());
        AccessMatrix matrix = AccessMatrix.forPlugin(kit)
                .services(SessionLogService.class, TimerService.class, PictureService.class)
                .exclude(PictureService.class, "thresholds", "the clinic's module settings; no client data")
                .exclude(SessionLogService.class, "storedUnder", "package-private step inside TimerService.stop's "
                        + "transaction, after its access check (covered by the stop rows)");

        matrix.row(SessionLogService.class, "add(long,Entry)")
                .call(cell -> log.add(cell.clientId(), diaper(cell)))
                .allow(PARENT_A, CONSULTANT).audits("session-log.entry.created");
        matrix.row(SessionLogService.class, "add(long,Entry,UUID)")
                .call(cell -> log.add(cell.clientId(), diaper(cell), UUID.randomUUID()))
                .allow(PARENT_A, CONSULTANT).audits("session-log.entry.created");
        matrix.row(SessionLogService.class, "update")
                .given(CONSULTANT, cell -> log.add(cell.clientId(), diaper(cell)).id())
                .call(cell -> log.update(cell.clientId(), cell.given(), diaper(cell)))
                .allow(PARENT_A, CONSULTANT).audits("session-log.entry.updated");
        matrix.row(SessionLogService.class, "delete")
                .given(CONSULTANT, cell -> log.add(cell.clientId(), diaper(cell)).id())
                .call(cell -> {
                    log.delete(cell.clientId(), cell.given());
                    return null;
                })
                .allow(PARENT_A, CONSULTANT).audits("session-log.entry.deleted");
        matrix.row(SessionLogService.class, "restore")
                .given(CONSULTANT, cell -> {
                    long id = log.add(cell.clientId(), diaper(cell)).id();
                    log.delete(cell.clientId(), id);
                    return id;
                })
                .call(cell -> {
                    log.restore(cell.clientId(), cell.given());
                    return null;
                })
                .allow(PARENT_A, CONSULTANT).audits("session-log.entry.restored");
        matrix.row(SessionLogService.class, "entries")
                .call(cell -> log.entries(cell.clientId(), EntryQuery.between(Instant.now().minus(Duration.ofDays(30)),
                        Instant.now().plus(Duration.ofDays(1)))))
                .allow(PARENT_A, CONSULTANT, CLINIC_ADMIN).audits("session-log.entries.read")
                .check(SessionLogAccessMatrixIT::onlyTheTargetsEntries);
        matrix.row(SessionLogService.class, "all")
                .call(cell -> log.all(cell.clientId()))
                .allow(PARENT_A, CONSULTANT, CLINIC_ADMIN).audits("session-log.entries.exported")
                .check(SessionLogAccessMatrixIT::onlyTheTargetsEntries);
        matrix.row(SessionLogService.class, "importAll")
                .call(cell -> log.importAll(cell.clientId(), List.of(diaper(cell), diaper(cell))))
                .allow(PARENT_A, CONSULTANT).audits("session-log.entries.imported");
        matrix.row(SessionLogService.class, "prepareImport")
                .call(cell -> {
                    ImportJob job = log.prepareImport(cell.clientId(), List.of(diaper(cell)));
                    job.write((done, total) -> { });
                    job.complete();
                    return job.size();
                })
                .allow(PARENT_A, CONSULTANT).audits("session-log.entries.imported");
        matrix.row(SessionLogService.class, "erase")
                .given(CONSULTANT, cell -> log.add(cell.clientId(), diaper(cell)).id())
                .call(cell -> {
                    log.erase(cell.clientId());
                    return null;
                })
                .allow(CLINIC_ADMIN).audits("session-log.entries.erased");

        matrix.row(TimerService.class, "running")
                .call(cell -> timers.running(cell.clientId()))
                .allow(PARENT_A, CONSULTANT, CLINIC_ADMIN).audits("session-log.timers.read");
        matrix.row(TimerService.class, "runningFor")
                .call(cell -> timers.runningFor(cell.clientId(), cell.babyId()))
                .allow(PARENT_A, CONSULTANT, CLINIC_ADMIN).audits("session-log.timers.read");
        matrix.row(TimerService.class, "start(long,long,Side)")
                .given(CONSULTANT, cell -> {
                    timers.discard(cell.clientId(), cell.babyId());
                    return true;
                })
                .call(cell -> timers.start(cell.clientId(), cell.babyId(), Side.LEFT))
                .allow(PARENT_A, CONSULTANT).audits("session-log.timer.started");
        matrix.row(TimerService.class, "start(long,long,Side,UUID)")
                .given(CONSULTANT, cell -> {
                    timers.discard(cell.clientId(), cell.babyId());
                    return true;
                })
                .call(cell -> timers.start(cell.clientId(), cell.babyId(), Side.LEFT, UUID.randomUUID()))
                .allow(PARENT_A, CONSULTANT).audits("session-log.timer.started");
        matrix.row(TimerService.class, "switchTo")
                .given(CONSULTANT, cell -> freshTimer(timers, cell))
                .call(cell -> timers.switchTo(cell.clientId(), cell.babyId(), Side.LEFT))
                .allow(PARENT_A, CONSULTANT).audits("session-log.timer.switched");
        matrix.row(TimerService.class, "switchSide")
                .given(CONSULTANT, cell -> freshTimer(timers, cell))
                .call(cell -> timers.switchSide(cell.clientId(), cell.babyId()))
                .allow(PARENT_A, CONSULTANT).audits("session-log.timer.switched");
        matrix.row(TimerService.class, "stop(long,long)")
                .given(CONSULTANT, cell -> freshTimer(timers, cell))
                .call(cell -> timers.stop(cell.clientId(), cell.babyId()))
                .allow(PARENT_A, CONSULTANT).audits("session-log.entry.created");
        matrix.row(TimerService.class, "stop(long,long,UUID)")
                .given(CONSULTANT, cell -> freshTimer(timers, cell))
                .call(cell -> timers.stop(cell.clientId(), cell.babyId(), UUID.randomUUID()))
                .allow(PARENT_A, CONSULTANT).audits("session-log.entry.created");
        matrix.row(TimerService.class, "discard")
                .given(CONSULTANT, cell -> freshTimer(timers, cell))
                .call(cell -> {
                    timers.discard(cell.clientId(), cell.babyId());
                    return null;
                })
                .allow(PARENT_A, CONSULTANT).audits("session-log.timer.discarded");

        matrix.row(PictureService.class, "picture")
                .call(cell -> pictures.picture(cell.clientId(), cell.babyId(), LocalDate.now().minusDays(7),
                        LocalDate.now()))
                .allow(PARENT_A, CONSULTANT, CLINIC_ADMIN).audits("session-log.entries.read");
        matrix.row(PictureService.class, "status")
                .call(cell -> pictures.status(cell.clientId(), cell.babyId()))
                .allow(PARENT_A, CONSULTANT, CLINIC_ADMIN).audits("session-log.entries.read");
        matrix.row(PictureService.class, "needsALook")
                .given(CONSULTANT, cell -> log.add(cell.clientId(), diaper(cell)).id())
                .call(cell -> pictures.needsALook().stream().map(NeedsALook::dyad).toList())
                .allow(CONSULTANT, CLINIC_ADMIN, OTHER_CLINIC_ADMIN)
                .audits(ExpectedAudit.of("session-log.dashboard.read").clinicWide())
                .check(SessionLogAccessMatrixIT::theTargetOnlyInItsOwnClinic);
        matrix.row(PictureService.class, "activeDyads")
                .given(CONSULTANT, cell -> log.add(cell.clientId(), diaper(cell)).id())
                .call(cell -> pictures.activeDyads())
                .allow(CONSULTANT, CLINIC_ADMIN, OTHER_CLINIC_ADMIN)
                .audits(ExpectedAudit.of("session-log.dyads.read").clinicWide())
                .check(SessionLogAccessMatrixIT::theTargetOnlyInItsOwnClinic);

        var figures = matrix.run();
        assertThat(figures.methods()).isEqualTo(23);
        assertThat(figures.cells()).isEqualTo(23 * 8);
    }

    private Diaper diaper(MatrixCell cell) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(minutesAgo.incrementAndGet()));
        return new Diaper(cell.babyId(), at, true, false);
    }

    private static boolean freshTimer(TimerService timers, MatrixCell cell) {
        timers.discard(cell.clientId(), cell.babyId());
        timers.start(cell.clientId(), cell.babyId(), Side.RIGHT);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void onlyTheTargetsEntries(MatrixCell cell, Object result) {
        assertThat((List<LoggedEntry>) result).isNotEmpty().allSatisfy(e -> assertThat(e.clientId()).isEqualTo(cell.clientId()));
    }

    @SuppressWarnings("unchecked")
    private static void theTargetOnlyInItsOwnClinic(MatrixCell cell, Object result) {
        List<Long> clients = ((List<DyadSnapshot>) result).stream().map(DyadSnapshot::clientId).toList();
        if (cell.actor() == OTHER_CLINIC_ADMIN) {
            assertThat(clients).as("another clinic's dashboard").doesNotContain(cell.clientId());
        } else {
            assertThat(clients).contains(cell.clientId());
        }
    }
}
