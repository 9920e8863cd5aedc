package org.dyad.plugins.sessionlog.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Diaper;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.Pump;
import org.dyad.plugins.sessionlog.log.Weighing;

/** Showing entries and times in the clinic's zone. */
final class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private Times() {
    }

    static LocalDateTime local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    static Instant instant(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }

    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    static String dayTime(Instant instant, ZoneId zone) {
        return DAY_TIME.format(instant.atZone(zone));
    }

    /** One line describing the entry, e.g. {@code Breastfeed 20 min · ended right}. */
    static String describe(Entry entry) {
        return switch (entry) {
            case Breastfeed b -> "Breastfeed " + b.duration().toMinutes() + " min"
                    + (b.endSide() == null ? "" : " · ended " + b.endSide().label());
            case Pump p -> "Pump " + (p.leftMl() == null && p.rightMl() == null ? p.totalMl() + " ml"
                    : orDash(p.leftMl()) + " / " + orDash(p.rightMl()) + " ml");
            case Bottle b -> "Bottle " + b.ml() + " ml " + b.milkType().label();
            case Diaper d -> "Diaper " + (d.wet() && d.dirty() ? "wet + dirty" : d.wet() ? "wet" : "dirty");
            case Weighing w -> "Weight " + w.grams() + " g";
        };
    }

    private static String orDash(Integer ml) {
        return ml == null ? "–" : ml.toString();
    }
}
