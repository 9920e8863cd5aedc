package org.dyad.plugins.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Diaper;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.LoggedEntry;
import org.dyad.plugins.sessionlog.log.MilkType;
import org.dyad.plugins.sessionlog.log.Pump;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.dyad.plugins.sessionlog.log.Side;
import org.dyad.plugins.sessionlog.log.Weighing;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.HostileAttempts;
import org.dyad.testkit.HostileInput;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus fed to every field of every entry kind (through {@link SessionLogService#add} and
 * {@link SessionLogService#update}) and to every cell of both CSV formats (through the import path the dialog uses).
 * Each attempt is refused with a validation message and leaves the plugin's tables unchanged, or stores a valid value
 * that reads back verbatim.
 */
@DyadPluginTest
class SessionLogHostileInputIT {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final int FEED_SECONDS = 20 * 60;

    private SessionLogService log;
    private long client;
    private long baby;
    private HostileAttempts attempts;
    private int slot;

    @Test
    void every_field_and_every_import_cell_refuses_hostile_values_or_stores_them_verbatim(TestKit kit) {
        TestParent parent = kit.clinicA().parent1();
        kit.actAs(parent.user());
        log = new SessionLogService(kit.context());
        client = parent.clientId();
        baby = parent.babyId();
        attempts = HostileAttempts.watching(kit.dsl(), kit.pluginTables());
        breastfeeds();
        pumps();
        bottlesDiapersWeights(kit.clinicB().parent1().babyId());
        noteCorrections();
        HostileCsv csv = new HostileCsv(log, parent, attempts, this::slot);
        csv.dyadFormat();
        csv.huckleberryFormat();
        csv.wholeFiles();
        attempts.figures("hostile-input-session-log", "The hostile corpus fed to every field of every session-log "
                        + "entry kind (breastfeed times, sides, comfort and note; pump amounts per side and total; bottle "
                        + "amount and contents; diaper; weight; the baby) through add and update, and to every cell of both "
                        + "CSV formats and to whole hostile files through the import path", HostileInput.size())
                .write();
        assertThat(attempts.findings()).isEmpty();
    }

    private void breastfeeds() {
        for (Instant t : HostileInput.instants()) {
            entry("breastfeed start " + t, true, () -> feed(t, t, null, null, null, null));
            Instant start = slot();
            entry("breastfeed end " + t, true, () -> feed(start, t, null, null, null, null));
        }
        Instant s = slot();
        entry("breastfeed start null", true, () -> feed(null, s, null, null, null, null));
        entry("breastfeed end null", true, () -> feed(s, null, null, null, null, null));
        entry("breastfeed in the future", true, () -> feed(NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)).plusSeconds(60), null, null, null, null));
        Instant longFeed = slot();
        entry("breastfeed over 4 hours", true, () -> feed(longFeed, longFeed.plus(Duration.ofHours(4)).plusSeconds(1),
                null, null, null, null));
        for (Integer n : withNull(HostileInput.integers())) {
            boolean side = n == null || n >= 0 && n <= FEED_SECONDS + 60;
            Instant a = slot();
            entry("breastfeed left seconds " + n, !side, () -> feed(a, a.plusSeconds(FEED_SECONDS), n, null, null, null));
            Instant b = slot();
            entry("breastfeed right seconds " + n, !side, () -> feed(b, b.plusSeconds(FEED_SECONDS), null, n, null, null));
            Instant c = slot();
            entry("breastfeed comfort " + n, !(n == null || n >= 0 && n <= 10),
                    () -> feed(c, c.plusSeconds(FEED_SECONDS), null, null, n, null));
        }
        Instant both = slot();
        entry("breastfeed both sides Integer.MAX_VALUE", true, () -> feed(both, both.plusSeconds(FEED_SECONDS),
                Integer.MAX_VALUE, Integer.MAX_VALUE, null, null));
        HostileInput.strings().forEach((name, note) -> {
            Instant t = slot();
            attempts.attempt("breastfeed note " + name, note.strip().length() > 500, () -> {
                Breastfeed feed = feed(t, t.plusSeconds(FEED_SECONDS), null, null, null, note);
                Breastfeed back = (Breastfeed) readBack(log.add(client, feed).id());
                return back.equals(feed) && Objects.equals(back.note(), note.isBlank() ? null : note.strip());
            });
        });
    }

    private void pumps() {
        for (Instant t : HostileInput.instants()) {
            entry("pump start " + t, true, () -> Pump.perSide(baby, t, t, 10, 10));
            Instant start = slot();
            entry("pump end " + t, true, () -> Pump.perSide(baby, start, t, 10, 10));
        }
        Instant s = slot();
        entry("pump start null", true, () -> Pump.perSide(baby, null, s, 10, 10));
        entry("pump end null", true, () -> Pump.perSide(baby, s, null, 10, 10));
        for (Integer n : withNull(HostileInput.integers())) {
            boolean side = n == null || n >= 0 && n <= 500;
            Instant a = slot();
            entry("pump left ml " + n, !side, () -> Pump.perSide(baby, a, a.plusSeconds(600), n, 10));
            entry("pump right ml " + n, !side, () -> Pump.perSide(baby, a, a.plusSeconds(600), 10, n));
            if (n != null) {
                entry("pump total ml " + n, !(n >= 0 && n <= 1000), () -> new Pump(baby, a, a.plusSeconds(600), null, null, n));
                entry("pump total ml " + n + " against sides 10+10", n != 20,
                        () -> new Pump(baby, a, a.plusSeconds(600), 10, 10, n));
            }
        }
    }

    private void bottlesDiapersWeights(long otherClinicsBaby) {
        for (Instant t : HostileInput.instants()) {
            entry("bottle start " + t, true, () -> new Bottle(baby, t, 60, MilkType.FORMULA));
            entry("diaper start " + t, true, () -> new Diaper(baby, t, true, false));
            entry("weight start " + t, true, () -> new Weighing(baby, t, 3500));
        }
        entry("bottle start null", true, () -> new Bottle(baby, null, 60, MilkType.FORMULA));
        entry("diaper start null", true, () -> new Diaper(baby, null, true, false));
        entry("weight start null", true, () -> new Weighing(baby, null, 3500));
        entry("bottle contents null", true, () -> new Bottle(baby, slot(), 60, null));
        entry("diaper neither wet nor dirty", true, () -> new Diaper(baby, slot(), false, false));
        for (Integer n : HostileInput.integers()) {
            entry("bottle ml " + n, !(n >= 0 && n <= 500), () -> new Bottle(baby, slot(), n, MilkType.MIXED));
            entry("weight grams " + n, !(n >= 300 && n <= 10_000), () -> new Weighing(baby, slot(), n));
        }
        for (long other : new long[] {-1, 0, Long.MIN_VALUE, Long.MAX_VALUE, otherClinicsBaby}) {
            entry("baby id " + other, true, () -> new Diaper(other, slot(), true, true));
        }
    }

    /** The portal's "edit entry": a hostile note on an existing feed is refused (the feed unchanged) or stored. */
    private void noteCorrections() {
        Instant t = slot();
        long id = log.add(client, feed(t, t.plusSeconds(FEED_SECONDS), 300, 300, 2, "first")).id();
        HostileInput.strings().forEach((name, note) -> attempts.attempt("corrected note " + name,
                note.strip().length() > 500, () -> {
                    Breastfeed corrected = feed(t, t.plusSeconds(FEED_SECONDS), 300, 300, 2, note);
                    log.update(client, id, corrected);
                    Breastfeed back = (Breastfeed) readBack(id);
                    return back.equals(corrected)
                            && Objects.equals(back.note(), note.isBlank() ? null : note.strip());
                }));
    }

    /** Builds the entry, adds it and reads it back from the database. */
    private void entry(String what, boolean invalid, Supplier<Entry> build) {
        attempts.attempt(what, invalid, () -> {
            Entry entry = build.get();
            return readBack(log.add(client, entry).id()).equals(entry);
        });
    }

    private Entry readBack(long id) {
        return log.all(client).stream().filter(e -> e.id() == id).map(LoggedEntry::entry).findFirst().orElseThrow();
    }

    private Breastfeed feed(@Nullable Instant start, @Nullable Instant end, @Nullable Integer left,
                            @Nullable Integer right, @Nullable Integer comfort, @Nullable String note) {
        return new Breastfeed(baby, start, end, left, right, Side.LEFT, comfort, note);
    }

    /** A start time of its own for each attempt, 5 hours apart (so no two breastfeeds overlap), going back. */
    Instant slot() {
        slot++;
        return NOW.minus(Duration.ofHours(5L * slot));
    }

    static <T> List<@Nullable T> withNull(List<T> values) {
        List<@Nullable T> all = new ArrayList<>(values);
        all.add(null);
        return all;
    }

    static Predicate<String> oneOf(String... allowed) {
        return value -> Arrays.asList(allowed).contains(value.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
