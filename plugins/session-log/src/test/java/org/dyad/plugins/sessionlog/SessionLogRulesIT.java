package org.dyad.plugins.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ValidationException;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.EntryQuery;
import org.dyad.plugins.sessionlog.log.LoggedEntry;
import org.dyad.plugins.sessionlog.log.MilkType;
import org.dyad.plugins.sessionlog.log.Pump;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.dyad.plugins.sessionlog.log.Side;
import org.dyad.plugins.sessionlog.log.TimerService;
import org.dyad.plugins.sessionlog.log.Weighing;
import org.dyad.plugins.sessionlog.stats.DayTotals;
import org.dyad.plugins.sessionlog.stats.DyadPicture;
import org.dyad.plugins.sessionlog.stats.NeedsALook;
import org.dyad.plugins.sessionlog.stats.PictureService;
import org.dyad.plugins.sessionlog.stats.Thresholds;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The log's rules on real MariaDB, through the plugin loaded as a jar by the real host. */
@DyadPluginTest
class SessionLogRulesIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static long baby(TestParent parent) {
        return parent.client().babies().getFirst().babyId();
    }

    private static Breastfeed feed(long baby, Instant start, int minutes) {
        return new Breastfeed(baby, start, start.plusSeconds(minutes * 60L), null, null, Side.LEFT, null, null);
    }

    private static int rows(TestKit kit, TestParent parent) {
        return kit.dsl().fetchCount(DSL.table(DSL.name("session_log_entry")),
                DSL.field(DSL.name("client_id"), Long.class).eq(parent.clientId()));
    }

    private static void refused(TestKit kit, TestParent parent, Entry entry, String message) {
        int before = rows(kit, parent);
        assertThatThrownBy(() -> new SessionLogService(kit.context()).add(parent.clientId(), entry))
                .isInstanceOf(ValidationException.class).hasMessage(message);
        assertThat(rows(kit, parent)).as("rows after a refused entry").isEqualTo(before);
    }

    @Test
    void each_bad_input_gets_its_message_and_nothing_is_written(TestKit kit) {
        TestParent parent = kit.clinicA().parent1();
        kit.actAs(parent.user());
        long baby = baby(parent);
        Instant t = now().minus(Duration.ofHours(30));
        new SessionLogService(kit.context()).add(parent.clientId(), feed(baby, t, 30));

        assertThatThrownBy(() -> feed(baby, t.minus(Duration.ofHours(5)), 4 * 60 + 1))
                .hasMessage("A feed cannot last longer than 4 hours.");
        refused(kit, parent, feed(baby, now().plusSeconds(600), 10),
                "Times more than 5 minutes in the future cannot be logged.");
        refused(kit, parent, feed(baby, t.plusSeconds(600), 30), "This feed overlaps another breastfeed of the same baby.");
        assertThatThrownBy(() -> Pump.perSide(baby, t, t.plusSeconds(600), 501, 0))
                .hasMessage("Volume must be between 0 and 500 ml per side.");
        assertThatThrownBy(() -> new Weighing(baby, t, 250)).hasMessage("Weight must be between 300 and 10,000 g.");
        assertThatThrownBy(() -> new Breastfeed(baby, t, t.minusSeconds(1), null, null, null, null, null))
                .hasMessage("The end must be after the start.");
    }

    @Test
    void a_parent_cannot_log_for_another_family_and_front_desk_cannot_read_the_log(TestKit kit) {
        TestParent mine = kit.clinicA().parent1();
        TestParent other = kit.clinicA().parent2();
        kit.actAs(mine.user());
        assertThatThrownBy(() -> new SessionLogService(kit.context()).add(other.clientId(),
                feed(baby(other), now().minus(Duration.ofHours(2)), 10))).isInstanceOf(AccessDeniedException.class);

        kit.actAs(kit.clinicA().frontDesk());
        assertThatThrownBy(() -> new SessionLogService(kit.context()).entries(mine.clientId(),
                EntryQuery.between(now().minus(Duration.ofDays(1)), now())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You do not have permission to see this log (session-log.read).");

        kit.actAs(kit.clinicB().consultant());
        assertThatThrownBy(() -> new SessionLogService(kit.context()).entries(mine.clientId(),
                EntryQuery.between(now().minus(Duration.ofDays(1)), now()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void daily_and_night_removals_survive_the_spring_daylight_saving_change(TestKit kit) {
        TestParent parent = kit.clinicB().parent2();
        kit.actAs(kit.clinicB().consultant());
        long baby = baby(parent);
        LocalDate spring = LocalDate.of(2026, 3, 29);
        SessionLogService log = new SessionLogService(kit.context());
        for (LocalTime time : List.of(LocalTime.of(0, 30), LocalTime.of(1, 40), LocalTime.of(3, 5),
                LocalTime.of(5, 50), LocalTime.of(6, 0), LocalTime.of(23, 30))) {
            log.add(parent.clientId(), feed(baby, LocalDateTime.of(spring, time).atZone(BERLIN).toInstant(), 9));
        }
        Instant pumpAt = LocalDateTime.of(spring.plusDays(1), LocalTime.of(0, 10)).atZone(BERLIN).toInstant();
        log.add(parent.clientId(), Pump.perSide(baby, pumpAt, pumpAt.plusSeconds(900), 60, 45));

        DyadPicture picture = new PictureService(kit.context()).picture(parent.clientId(), baby, spring.minusDays(1),
                spring.plusDays(1));

        assertThat(picture.days()).extracting(DayTotals::removals).containsExactly(0, 6, 1);
        assertThat(picture.days()).extracting(DayTotals::nightRemovals).containsExactly(0, 4, 1);
        assertThat(picture.days()).extracting(DayTotals::pumpedMl).containsExactly(0, 0, 105);
    }

    @Test
    void a_top_up_after_a_feed_neither_resets_the_clock_nor_counts_as_a_feed(TestKit kit) {
        TestParent parent = kit.clinicA().parent2();
        kit.actAs(parent.user());
        long baby = baby(parent);
        Instant feedStart = now().minus(Duration.ofMinutes(90));
        var picture = new PictureService(kit.context());
        LocalDate from = feedStart.atZone(BERLIN).toLocalDate();
        LocalDate today = now().atZone(BERLIN).toLocalDate();
        DyadPicture before = picture.picture(parent.clientId(), baby, from, today);
        SessionLogService log = new SessionLogService(kit.context());
        log.add(parent.clientId(), feed(baby, feedStart, 25));
        log.add(parent.clientId(), new Bottle(baby, feedStart.plus(Duration.ofMinutes(40)), 30, MilkType.FORMULA));

        DyadPicture after = picture.picture(parent.clientId(), baby, from, today);
        assertThat(picture.status(parent.clientId(), baby).lastFeedStart()).contains(feedStart);
        assertThat(picture.status(parent.clientId(), baby).nextSide()).contains(Side.RIGHT);
        assertThat(total(after, DayTotals::feeds) - total(before, DayTotals::feeds)).isEqualTo(1);
        assertThat(total(after, DayTotals::bottleMl) - total(before, DayTotals::bottleMl)).isEqualTo(30);
    }

    @Test
    void the_timer_lives_on_the_server_and_stops_into_a_breastfeed_ending_on_the_current_side(TestKit kit) {
        TestParent parent = kit.clinicB().parent1();
        kit.actAs(parent.user());
        long baby = baby(parent);
        new TimerService(kit.context()).start(parent.clientId(), baby, Side.LEFT);
        new TimerService(kit.context()).switchSide(parent.clientId(), baby);

        assertThat(new TimerService(kit.context()).runningFor(parent.clientId(), baby)).get()
                .extracting(t -> t.side()).isEqualTo(Side.RIGHT);
        assertThatThrownBy(() -> new TimerService(kit.context()).start(parent.clientId(), baby, Side.LEFT))
                .hasMessage("A timer is already running for this baby.");

        LoggedEntry stopped = new TimerService(kit.context()).stop(parent.clientId(), baby);

        assertThat(((Breastfeed) stopped.entry()).endSide()).isEqualTo(Side.RIGHT);
        assertThat(new TimerService(kit.context()).running(parent.clientId())).isEmpty();
    }

    @Test
    void delete_can_be_undone(TestKit kit) {
        TestParent parent = kit.clinicB().parent1();
        kit.actAs(parent.user());
        SessionLogService log = new SessionLogService(kit.context());
        Instant at = now().minus(Duration.ofDays(3));
        LoggedEntry weight = log.add(parent.clientId(), new Weighing(baby(parent), at, 3350));
        EntryQuery around = new EntryQuery(null, at.minusSeconds(1), at.plusSeconds(1), java.util.Set.of());

        log.delete(parent.clientId(), weight.id());
        assertThat(log.entries(parent.clientId(), around)).isEmpty();
        log.restore(parent.clientId(), weight.id());
        assertThat(log.entries(parent.clientId(), around)).extracting(LoggedEntry::id).containsExactly(weight.id());
    }

    @Test
    void an_import_with_one_overlapping_feed_writes_nothing(TestKit kit) {
        TestParent parent = kit.clinicA().parent1();
        kit.actAs(kit.clinicA().consultant());
        long baby = baby(parent);
        Instant t = now().minus(Duration.ofDays(6));
        SessionLogService log = new SessionLogService(kit.context());
        log.add(parent.clientId(), feed(baby, t, 30));
        int before = rows(kit, parent);

        assertThatThrownBy(() -> log.importAll(parent.clientId(), List.of(
                new Weighing(baby, t.minusSeconds(7200), 3300), feed(baby, t.plusSeconds(600), 20))))
                .hasMessage("Entry 2: This feed overlaps another breastfeed of the same baby.");
        assertThat(rows(kit, parent)).isEqualTo(before);

        assertThat(log.importAll(parent.clientId(), List.of(new Weighing(baby, t.minusSeconds(7200), 3300),
                feed(baby, t.plusSeconds(3600), 20)))).isEqualTo(2);
        assertThat(rows(kit, parent)).isEqualTo(before + 2);
    }

    @Test
    void a_large_import_reports_rows_written_per_batch_and_stopping_it_midway_writes_nothing(TestKit kit) {
        TestParent parent = kit.clinicB().parent2();
        kit.actAs(kit.clinicB().consultant());
        long baby = baby(parent);
        Instant t = now().minus(Duration.ofDays(400));
        List<Entry> file = new java.util.ArrayList<>();
        for (int i = 0; i < 4_500; i++) {
            file.add(new Weighing(baby, t.plus(Duration.ofHours(i)), 3_000 + i % 500));
        }
        SessionLogService log = new SessionLogService(kit.context());
        int before = rows(kit, parent);

        var stopped = log.prepareImport(parent.clientId(), file);
        assertThatThrownBy(() -> stopped.write((done, total) -> {
            throw new java.util.concurrent.CancellationException();
        })).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(rows(kit, parent)).as("rows after a stopped import").isEqualTo(before);

        List<String> progress = new java.util.ArrayList<>();
        var job = log.prepareImport(parent.clientId(), file);
        assertThat(job.write((done, total) -> progress.add(done + "/" + total))).isEqualTo(4_500);
        assertThat(progress).containsExactly("2000/4500", "4000/4500", "4500/4500");
        assertThat(rows(kit, parent)).isEqualTo(before + 4_500);
    }

    @Test
    void the_dashboard_flags_dyads_by_the_clinics_thresholds(TestKit kit) {
        TestParent few = kit.clinicA().parent1();
        TestParent enough = kit.clinicA().parent2();
        kit.actAs(kit.clinicA().consultant());
        SessionLogService log = new SessionLogService(kit.context());
        Instant start = now().minus(Duration.ofHours(23));
        logRemovals(log, enough, start, 8);
        logRemovals(log, few, start, 7);
        log.add(few.clientId(), new Weighing(baby(few), now().minus(Duration.ofHours(1)), 3050));

        List<NeedsALook> flagged = new PictureService(kit.context()).needsALook();

        assertThat(flagged).extracting(n -> n.dyad().clientId()).contains(few.clientId())
                .doesNotContain(enough.clientId());
        assertThat(flagged.stream().filter(n -> n.dyad().clientId() == few.clientId()).findFirst().orElseThrow()
                .reasons()).contains("7 removals in the last 24 h (fewer than 8)",
                        "weight -10.3 % from birth weight (loss over 10 %)");

        kit.actAs(kit.clinicA().admin());
        kit.context().settings().set(Thresholds.MIN_REMOVALS, "9");
        kit.actAs(kit.clinicA().consultant());
        assertThat(new PictureService(kit.context()).needsALook()).extracting(n -> n.dyad().clientId())
                .contains(enough.clientId());
        kit.actAs(kit.clinicA().admin());
        kit.context().settings().set(Thresholds.MIN_REMOVALS, "8");
    }

    @Test
    void a_dyad_silent_for_48_hours_is_flagged(TestKit kit) {
        TestParent silent = kit.clinicB().parent2();
        kit.actAs(kit.clinicB().consultant());
        new SessionLogService(kit.context()).add(silent.clientId(),
                new Weighing(baby(silent), now().minus(Duration.ofHours(49)), 3400));

        assertThat(new PictureService(kit.context()).needsALook())
                .filteredOn(n -> n.dyad().clientId() == silent.clientId())
                .flatExtracting(NeedsALook::reasons).anyMatch(r -> r.startsWith("nothing logged for "));
    }

    private static int total(DyadPicture picture, java.util.function.ToIntFunction<DayTotals> value) {
        return picture.days().stream().mapToInt(value).sum();
    }

    private static void logRemovals(SessionLogService log, TestParent parent, Instant start, int count) {
        for (int i = 0; i < count; i++) {
            Instant at = start.plus(Duration.ofMinutes(150L * i));
            log.add(parent.clientId(), i % 2 == 0 ? feed(baby(parent), at, 20)
                    : Pump.perSide(baby(parent), at, at.plusSeconds(600), 40, 40));
        }
    }
}
