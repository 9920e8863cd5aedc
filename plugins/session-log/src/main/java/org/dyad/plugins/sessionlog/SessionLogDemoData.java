package org.dyad.plugins.sessionlog;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.DemoDataContributor;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Diaper;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.MilkType;
import org.dyad.plugins.sessionlog.log.Pump;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.dyad.plugins.sessionlog.log.Side;
import org.dyad.plugins.sessionlog.log.Weighing;
import org.pf4j.Extension;

/**
 * The demo's feeding logs: six days of breastfeeds (about every 2–3 h, day and night, alternating sides), some pumps,
 * a few top-ups, diapers and weights with the usual early loss and regain, for the first six dyads of each clinic whose
 * baby is a week old or more. The fourth feeds only about five times a day lately and the fifth stopped logging three
 * days ago, so the dashboard shows them.
 * Written through the import, so every entry is checked and the import is audited.
 */
@Extension
public class SessionLogDemoData implements DemoDataContributor {

    static final int DYADS = 6;
    static final int SPARSE = 3;
    static final int SILENT = 4;
    private static final int DAYS = 6;
    /** A newborn of today or yesterday has no week of feeds to show. */
    private static final int MIN_AGE_DAYS = 7;

    private final PluginContext context;

    public SessionLogDemoData(PluginContext context) {
        this.context = context;
    }

    @Override
    public void write(DemoClinic clinic) {
        Instant now = context.clock().instant().minus(Duration.ofMinutes(20));
        SessionLogService log = new SessionLogService(context);
        List<ClientRef> clients = clinic.clients().stream()
                .filter(c -> !c.babies().isEmpty() && ageInDays(c.babies().getFirst(), now, clinic) >= MIN_AGE_DAYS)
                .limit(DYADS).toList();
        for (int i = 0; i < clients.size(); i++) {
            ClientRef client = clients.get(i);
            ClientRef.BabyRef baby = client.babies().getFirst();
            Instant born = baby.dateOfBirth().atTime(LocalTime.of(6, 0)).atZone(clinic.zone()).toInstant();
            Instant end = i == SILENT ? now.minus(Duration.ofHours(70)) : now;
            Instant from = later(end.minus(Duration.ofDays(DAYS)), born.plus(Duration.ofHours(12)));
            Random random = new Random(client.clientId() * 7919L);
            List<Entry> entries = new ArrayList<>(feeds(baby, from, end, i == SPARSE, random));
            entries.addAll(weights(baby, born, end));
            log.importAll(client.clientId(), entries);
        }
    }

    private static long ageInDays(ClientRef.BabyRef baby, Instant now, DemoClinic clinic) {
        return java.time.temporal.ChronoUnit.DAYS.between(baby.dateOfBirth(), now.atZone(clinic.zone()).toLocalDate());
    }

    private static List<Entry> feeds(ClientRef.BabyRef baby, Instant from, Instant to, boolean sparse, Random random) {
        List<Entry> entries = new ArrayList<>();
        Side side = Side.LEFT;
        Instant t = from;
        int n = 0;
        while (t.isBefore(to.minus(Duration.ofMinutes(25)))) {
            boolean lately = sparse && t.isAfter(to.minus(Duration.ofHours(36)));
            int minutes = 10 + random.nextInt(16);
            int first = minutes * 60 * (55 + random.nextInt(20)) / 100;
            int second = minutes * 60 - first;
            Instant end = t.plus(Duration.ofMinutes(minutes));
            Integer left = side == Side.LEFT ? first : second;
            Integer right = side == Side.LEFT ? second : first;
            entries.add(new Breastfeed(baby.babyId(), t, end, left, right, side.other(), 6 + random.nextInt(4), null));
            if (n % 3 == 0) {
                entries.add(new Diaper(baby.babyId(), end.plus(Duration.ofMinutes(5)), true, n % 2 == 0));
            }
            Instant pump = end.plus(Duration.ofMinutes(30));
            if (n % 5 == 2 && !lately && pump.plus(Duration.ofMinutes(15)).isBefore(to)) {
                entries.add(Pump.perSide(baby.babyId(), pump, pump.plus(Duration.ofMinutes(15)),
                        20 + random.nextInt(40), 20 + random.nextInt(40)));
            }
            if (n % 9 == 4) {
                entries.add(new Bottle(baby.babyId(), end.plus(Duration.ofMinutes(10)), 30 + 10 * random.nextInt(4),
                        n % 2 == 0 ? MilkType.BREAST_MILK : MilkType.FORMULA));
            }
            side = side.other();
            n++;
            int gapMinutes = lately ? 270 + random.nextInt(60) : 100 + random.nextInt(60);
            t = t.plus(Duration.ofMinutes(gapMinutes));
        }
        return entries;
    }

    /** Weighed on days 3, 5 and 10 of life, then weekly: about 6 % down by day 3, back to birth weight by day 10. */
    private static List<Entry> weights(ClientRef.BabyRef baby, Instant born, Instant to) {
        List<Entry> entries = new ArrayList<>();
        long age = Duration.between(born, to).toDays();
        List<Long> days = new ArrayList<>(List.of(3L, 5L, 10L));
        for (long d = 17; d < age; d += 7) {
            days.add(d);
        }
        for (long day : days) {
            Instant at = born.plus(Duration.ofDays(day)).plus(Duration.ofHours(4));
            if (at.isBefore(to)) {
                entries.add(new Weighing(baby.babyId(), at, grams(baby.birthWeightGrams(), day)));
            }
        }
        return entries;
    }

    static int grams(int birth, long day) {
        if (day <= 3) {
            return (int) Math.round(birth * (1 - 0.02 * day));
        }
        if (day <= 10) {
            return (int) Math.round(birth * (0.94 + 0.06 * (day - 3) / 7.0));
        }
        long gain = Math.min(day - 10, 60) * 30 + Math.max(0, day - 70) * 15;
        return (int) Math.min(birth + gain, 9_500);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
