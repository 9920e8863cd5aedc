package org.dyad.api.ui;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a series on one day.
 *
 * @param date  the day (already in the clinic's time zone)
 * @param value a finite number
 * @since 1.0
 */
public record ChartPoint(LocalDate date, double value) {
    public ChartPoint {
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A chart value must be a finite number: " + value);
        }
    }
}
