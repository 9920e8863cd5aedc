package org.dyad.plugins.sessionlog.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.dyad.api.ui.ChartData;
import org.dyad.api.ui.ChartPoint;
import org.dyad.api.ui.ChartSeries;
import org.dyad.plugins.sessionlog.stats.DayTotals;
import org.dyad.plugins.sessionlog.stats.DyadPicture;
import org.dyad.plugins.sessionlog.stats.WeightTrajectory;

/** Turns a {@link DyadPicture} into the SDK's chart data. */
final class Charts {

    private Charts() {
    }

    static List<ChartData> of(DyadPicture p, int minRemovals) {
        int total = p.days().stream().mapToInt(DayTotals::removals).sum();
        return List.of(
                new ChartData("Removals per day", "Breastfeeds plus pumping sessions per clinic day; " + total
                        + " in the period. The dashed line is the target.", "per day", p.from(), p.to(),
                        List.of(bars("Removals", p, DayTotals::removals), bars("At night (00–06)", p,
                                DayTotals::nightRemovals)),
                        List.of(new ChartData.ReferenceLine("Target", minRemovals)), Locale.ENGLISH),
                new ChartData("Volumes per day", "Pumped milk and bottle volume per clinic day.", "ml", p.from(),
                        p.to(), List.of(bars("Pumped", p, DayTotals::pumpedMl), bars("Bottles", p,
                        DayTotals::bottleMl)), Locale.ENGLISH),
                new ChartData("Diapers per day", "Wet and dirty diapers per clinic day.", "per day", p.from(), p.to(),
                        List.of(bars("Wet", p, DayTotals::wetDiapers), bars("Dirty", p, DayTotals::dirtyDiapers)),
                        Locale.ENGLISH),
                weight(p));
    }

    private static ChartData weight(DyadPicture p) {
        WeightTrajectory w = p.weights();
        List<ChartPoint> points = w.points().stream().collect(java.util.stream.Collectors.toMap(
                        WeightTrajectory.Point::date, WeightTrajectory.Point::grams, (a, b) -> b,
                        java.util.TreeMap::new))
                .entrySet().stream().map(e -> new ChartPoint(e.getKey(), e.getValue())).toList();
        String summary = w.latest().map(l -> "Latest " + l.grams() + " g, " + l.percentChange()
                + " % from birth weight. ").orElse("No weighings yet. ")
                + w.regainedOn().map(d -> "Birth weight regained on " + d + ".").orElse("Birth weight not regained yet.");
        java.time.LocalDate from = w.points().isEmpty() ? p.from() : w.points().getFirst().date();
        java.time.LocalDate to = from.isAfter(p.to()) ? from : p.to();
        return new ChartData("Weight", summary, "g", from.isBefore(p.from()) ? from : p.from(), to,
                List.of(ChartSeries.line("Weight", points)),
                List.of(new ChartData.ReferenceLine("Birth weight", w.birthWeightGrams())), Locale.ENGLISH);
    }

    private static ChartSeries bars(String name, DyadPicture p, ToIntFunction<DayTotals> value) {
        return ChartSeries.bars(name, p.days().stream()
                .map(d -> new ChartPoint(d.date(), value.applyAsInt(d))).toList());
    }
}
