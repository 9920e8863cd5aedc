package org.dyad.plugins.notes;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.ui.ChartData;
import org.dyad.api.ui.ChartPoint;
import org.dyad.api.ui.ChartSeries;
import org.dyad.api.ui.TimeChart;

/** LATCH totals, milk transfer and weights across visits (and the session log's weights), as charts and a table. */
final class TrendsPanel extends VerticalLayout {

    private final ClientRef client;

    TrendsPanel(PluginContext context, ClientRef client) {
        this.client = client;
        setPadding(false);
        List<TrendPoint> points = new ClientNotes(context).trends(client.clientId());
        if (points.isEmpty()) {
            add(new Paragraph("No weights, LATCH scores or weighed feeds have been charted yet."));
            return;
        }
        Locale locale = context.messages().locale();
        chart("LATCH total", "LATCH totals (0–10) at each visit.", "points", points, locale,
                baby -> List.of(ChartSeries.bars("LATCH " + baby.name(), series(points, baby, TrendPoint::latchTotal,
                        p -> true))));
        chart("Milk transferred", "Milk transferred in weighed feeds (post- minus pre-feed weight).", "ml", points,
                locale, baby -> List.of(ChartSeries.bars("Milk " + baby.name(), series(points, baby,
                        TrendPoint::milkTransferredMl, p -> true))));
        chart("Weight", "The baby's weight at visits and, where enabled, from the session log.", "g", points, locale,
                baby -> List.of(ChartSeries.line("At visits: " + baby.name(), series(points, baby,
                        TrendPoint::weightGrams, p -> p.source() == TrendPoint.Source.VISIT)),
                        ChartSeries.line("Logged: " + baby.name(), series(points, baby, TrendPoint::weightGrams,
                                p -> p.source() == TrendPoint.Source.SESSION_LOG))));
        add(table(points));
    }

    private void chart(String title, String description, String unit, List<TrendPoint> points, Locale locale,
                       Function<ClientRef.BabyRef, List<ChartSeries>> seriesOfBaby) {
        List<ChartSeries> series = new ArrayList<>();
        client.babies().forEach(baby -> seriesOfBaby.apply(baby).stream()
                .filter(s -> !s.points().isEmpty()).forEach(series::add));
        if (series.isEmpty()) {
            return;
        }
        LocalDate to = points.getLast().date();
        LocalDate first = points.getFirst().date();
        LocalDate from = first.isBefore(to.minusDays(ChartData.MAX_DAYS)) ? to.minusDays(ChartData.MAX_DAYS) : first;
        add(new TimeChart(new ChartData(title, description, unit, from, to, series, List.of(), locale)));
    }

    private static List<ChartPoint> series(List<TrendPoint> points, ClientRef.BabyRef baby,
                                           Function<TrendPoint, Integer> value, Predicate<TrendPoint> include) {
        Map<LocalDate, Double> byDay = new TreeMap<>();
        points.stream().filter(p -> p.babyId() == baby.babyId() && include.test(p) && value.apply(p) != null)
                .forEach(p -> byDay.put(p.date(), value.apply(p).doubleValue()));
        return byDay.entrySet().stream().map(e -> new ChartPoint(e.getKey(), e.getValue())).toList();
    }

    private static Grid<TrendPoint> table(List<TrendPoint> points) {
        Grid<TrendPoint> grid = new Grid<>();
        grid.addColumn(TrendPoint::date).setHeader("Date");
        grid.addColumn(TrendPoint::babyName).setHeader("Baby");
        grid.addColumn(p -> p.weightGrams() == null ? "" : Limits.number(p.weightGrams()) + " g").setHeader("Weight");
        grid.addColumn(p -> p.latchTotal() == null ? "" : p.latchTotal() + "/10").setHeader("LATCH");
        grid.addColumn(p -> p.milkTransferredMl() == null ? "" : p.milkTransferredMl() + " ml")
                .setHeader("Milk transferred");
        grid.addColumn(p -> p.source() == TrendPoint.Source.VISIT ? "Visit" : "Session log").setHeader("Source");
        grid.setItems(points);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
