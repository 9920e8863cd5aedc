package org.dyad.web.base;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** A baby's age as clinicians say it: days in the first two weeks, then weeks, then months and weeks. */
public final class Ages {

    private Ages() {
    }

    public static String describe(LocalDate birth, LocalDate today) {
        long days = ChronoUnit.DAYS.between(birth, today);
        if (days < 0) {
            return "—";
        }
        if (days < 14) {
            return days == 1 ? "1 day" : days + " days";
        }
        if (days < 84) {
            return (days / 7) + " weeks";
        }
        Period p = Period.between(birth, today);
        int months = p.getYears() * 12 + p.getMonths();
        return months == 1 ? "1 month" : months + " months";
    }
}
