package org.dyad.api.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything a {@link TimeChart} shows: the days on the x axis, the series and optional horizontal reference lines.
 *
 * @param title          short title; also the accessible name of the chart
 * @param description    one or two sentences for screen readers (what the chart shows, the main finding)
 * @param unit           unit of the y axis, e.g. {@code ml} or {@code per day}; may be empty
 * @param from           first day on the x axis
 * @param to             last day on the x axis (inclusive, not before {@code from})
 * @param series         one or more series
 * @param referenceLines horizontal lines such as a target or a birth weight
 * @param locale         for dates and numbers
 * @since 1.0
 */
public record ChartData(String title, String description, String unit, LocalDate from, LocalDate to,
                        List<ChartSeries> series, List<ReferenceLine> referenceLines, Locale locale) {

    /** The most days a chart draws; a longer range is refused rather than drawn unreadably. */
    public static final int MAX_DAYS = 400;

    public ChartData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(locale, "locale");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A chart's last day " + to + " is before its first day " + from);
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("A chart shows at most " + MAX_DAYS + " days");
        }
        series = List.copyOf(series);
        referenceLines = List.copyOf(referenceLines);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("A chart needs at least one series");
        }
    }

    /** A chart without reference lines. */
    public ChartData(String title, String description, String unit, LocalDate from, LocalDate to,
                     List<ChartSeries> series, Locale locale) {
        this(title, description, unit, from, to, series, List.of(), locale);
    }

    /** The number of days on the x axis. */
    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }

    /**
     * A labelled horizontal line.
     *
     * @param label e.g. {@code Birth weight}
     * @param value where the line is drawn
     * @since 1.0
     */
    public record ReferenceLine(String label, double value) {
        public ReferenceLine {
            Objects.requireNonNull(label, "label");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("A reference line needs a finite value");
            }
        }
    }
}
