package org.dyad.plugins.sessionlog.stats;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.Weighing;

/**
 * The baby's weights against birth weight.
 *
 * @param points     one per weighing, oldest first
 * @param regainedOn the first day a weighing reached birth weight again after having been below it
 */
public record WeightTrajectory(int birthWeightGrams, List<Point> points, Optional<LocalDate> regainedOn) {

    public WeightTrajectory {
        points = List.copyOf(points);
    }

    /** The trajectory from a baby's weighings (other entries are ignored). */
    public static WeightTrajectory of(int birthWeightGrams, List<? extends Entry> entries, ZoneId zone) {
        List<Point> points = entries.stream().filter(Weighing.class::isInstance).map(Weighing.class::cast)
                .sorted(Comparator.comparing(Weighing::start))
                .map(w -> new Point(w.start().atZone(zone).toLocalDate(), w.grams(),
                        percentChange(birthWeightGrams, w.grams())))
                .toList();
        return new WeightTrajectory(birthWeightGrams, points, regained(birthWeightGrams, points));
    }

    /** Change from birth weight in percent, one decimal; negative for a loss. */
    public static double percentChange(int birthWeightGrams, int grams) {
        return Math.round((grams - birthWeightGrams) * 1000.0 / birthWeightGrams) / 10.0;
    }

    private static Optional<LocalDate> regained(int birthWeight, List<Point> points) {
        boolean below = false;
        for (Point p : points) {
            if (p.grams() < birthWeight) {
                below = true;
            } else if (below) {
                return Optional.of(p.date());
            }
        }
        return Optional.empty();
    }

    public Optional<Point> latest() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.getLast());
    }

    /** The lowest weighing, e.g. the largest loss. */
    public Optional<Point> lowest() {
        return points.stream().min(Comparator.comparingInt(Point::grams));
    }

    /**
     * One weighing.
     *
     * @param percentChange change from birth weight, e.g. {@code -7.4}
     */
    public record Point(LocalDate date, int grams, double percentChange) {
    }
}
