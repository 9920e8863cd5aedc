package org.dyad.api.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A named series of daily values, drawn as bars or as a line with a dot per value.
 *
 * @param name   shown in the legend and the accessible data table
 * @param style  bars or line
 * @param points at most one per day; sorted by date on construction
 * @since 1.0
 */
public record ChartSeries(String name, Style style, List<ChartPoint> points) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(style, "style");
        points = points.stream().sorted(Comparator.comparing(ChartPoint::date)).toList();
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).date().equals(points.get(i - 1).date())) {
                throw new IllegalArgumentException("Series '" + name + "' has two values for " + points.get(i).date());
            }
        }
    }

    /** A series drawn as bars. */
    public static ChartSeries bars(String name, List<ChartPoint> points) {
        return new ChartSeries(name, Style.BARS, points);
    }

    /** A series drawn as a line. */
    public static ChartSeries line(String name, List<ChartPoint> points) {
        return new ChartSeries(name, Style.LINE, points);
    }

    /**
     * How a series is drawn.
     *
     * @since 1.0
     */
    public enum Style { BARS, LINE }
}
