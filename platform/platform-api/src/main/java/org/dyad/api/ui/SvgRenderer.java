package org.dyad.api.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Renders {@link ChartData} as an accessible inline SVG followed by a visually hidden data table. */
final class SvgRenderer {

    static final int WIDTH = 640;
    static final int HEIGHT = 280;
    static final double LEFT = 56;
    static final double RIGHT = WIDTH - 16;
    static final double TOP = 14;
    static final double BOTTOM = 214;
    private static final int MAX_X_LABELS = 8;
    private static final List<String> COLORS = List.of("var(--lumo-primary-color, #1a5fb4)", "#c64600", "#0f7b6c",
            "#7b3fb5", "#b0306a");
    private static final String HIDDEN = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;"
            + "overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0";

    private final ChartData data;
    private final YScale scale;
    private final NumberFormat numbers;
    private final DateTimeFormatter dates;
    private final StringBuilder out = new StringBuilder(4096);

    private SvgRenderer(ChartData data) {
        this.data = data;
        this.scale = YScale.covering(allValues(data), data.series().stream()
                .anyMatch(s -> s.style() == ChartSeries.Style.BARS));
        this.numbers = NumberFormat.getNumberInstance(data.locale());
        this.numbers.setMaximumFractionDigits(1);
        this.dates = DateTimeFormatter.ofPattern("d MMM", data.locale());
    }

    /** The markup: an {@code <svg role="img">} and a hidden {@code <table>} with the same values. */
    static String render(ChartData data) {
        return new SvgRenderer(data).markup();
    }

    private String markup() {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(escape(data.title())).append(". ")
                .append(escape(data.description())).append("\" style=\"max-width:").append(WIDTH)
                .append("px;font-family:var(--lumo-font-family, sans-serif);font-size:12px\">")
                .append("<title>").append(escape(data.title())).append("</title>")
                .append("<desc>").append(escape(data.description())).append("</desc>");
        yAxis();
        xAxis();
        bars();
        lines();
        referenceLines();
        legend();
        out.append("</svg>");
        table();
        return out.toString();
    }

    private void yAxis() {
        for (double tick : scale.ticks()) {
            String y = px(scale.toY(tick, TOP, BOTTOM));
            out.append("<line x1=\"").append(px(LEFT)).append("\" x2=\"").append(px(RIGHT)).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" style=\"stroke:#d0d4da;stroke-width:1\"/>")
                    .append("<text x=\"").append(px(LEFT - 6)).append("\" y=\"").append(y)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" style=\"fill:#4a5260\">")
                    .append(escape(numbers.format(tick))).append("</text>");
        }
        out.append("<text x=\"4\" y=\"").append(px(TOP - 2)).append("\" style=\"fill:#4a5260\">")
                .append(escape(data.unit())).append("</text>");
    }

    private void xAxis() {
        int every = Math.max(1, (int) Math.ceil(data.days() / (double) MAX_X_LABELS));
        for (int i = 0; i < data.days(); i += every) {
            out.append("<text x=\"").append(px(centre(i))).append("\" y=\"").append(px(BOTTOM + 16))
                    .append("\" text-anchor=\"middle\" style=\"fill:#4a5260\">")
                    .append(escape(dates.format(data.from().plusDays(i)))).append("</text>");
        }
        out.append("<line x1=\"").append(px(LEFT)).append("\" x2=\"").append(px(RIGHT)).append("\" y1=\"")
                .append(px(BOTTOM)).append("\" y2=\"").append(px(BOTTOM)).append("\" style=\"stroke:#4a5260\"/>");
    }

    private void bars() {
        List<ChartSeries> bars = seriesOf(ChartSeries.Style.BARS);
        double slot = band() * 0.8 / Math.max(1, bars.size());
        for (int b = 0; b < bars.size(); b++) {
            ChartSeries series = bars.get(b);
            for (ChartPoint point : visible(series)) {
                double x = centre(index(point.date())) - band() * 0.4 + b * slot;
                double y0 = scale.toY(Math.max(0, scale.min()), TOP, BOTTOM);
                double y1 = scale.toY(point.value(), TOP, BOTTOM);
                out.append("<rect x=\"").append(px(x)).append("\" y=\"").append(px(Math.min(y0, y1)))
                        .append("\" width=\"").append(px(Math.max(1, slot - 1))).append("\" height=\"")
                        .append(px(Math.abs(y0 - y1))).append("\" style=\"fill:").append(color(series)).append("\">")
                        .append(tooltip(series, point)).append("</rect>");
            }
        }
    }

    private void lines() {
        for (ChartSeries series : seriesOf(ChartSeries.Style.LINE)) {
            List<String> coords = new ArrayList<>();
            for (ChartPoint point : visible(series)) {
                coords.add(px(centre(index(point.date()))) + "," + px(scale.toY(point.value(), TOP, BOTTOM)));
            }
            out.append("<polyline points=\"").append(String.join(" ", coords)).append("\" style=\"fill:none;stroke:")
                    .append(color(series)).append(";stroke-width:2\"/>");
            for (ChartPoint point : visible(series)) {
                out.append("<circle cx=\"").append(px(centre(index(point.date())))).append("\" cy=\"")
                        .append(px(scale.toY(point.value(), TOP, BOTTOM))).append("\" r=\"3\" style=\"fill:")
                        .append(color(series)).append("\">").append(tooltip(series, point)).append("</circle>");
            }
        }
    }

    private void referenceLines() {
        for (ChartData.ReferenceLine line : data.referenceLines()) {
            String y = px(scale.toY(line.value(), TOP, BOTTOM));
            out.append("<line x1=\"").append(px(LEFT)).append("\" x2=\"").append(px(RIGHT)).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" style=\"stroke:#8a1c1c;stroke-dasharray:6 4\"/>")
                    .append("<text x=\"").append(px(RIGHT)).append("\" y=\"").append(px(scale.toY(line.value(), TOP,
                            BOTTOM) - 4)).append("\" text-anchor=\"end\" style=\"fill:#8a1c1c\">")
                    .append(escape(line.label() + " " + numbers.format(line.value()))).append("</text>");
        }
    }

    private void legend() {
        double x = LEFT;
        for (ChartSeries series : data.series()) {
            out.append("<rect x=\"").append(px(x)).append("\" y=\"").append(px(HEIGHT - 22))
                    .append("\" width=\"12\" height=\"12\" style=\"fill:").append(color(series)).append("\"/>")
                    .append("<text x=\"").append(px(x + 16)).append("\" y=\"").append(px(HEIGHT - 12))
                    .append("\" style=\"fill:#1f2329\">").append(escape(series.name())).append("</text>");
            x += 28 + 7 * series.name().length();
        }
    }

    private void table() {
        out.append("<table style=\"").append(HIDDEN).append("\"><caption>").append(escape(data.title()))
                .append(data.unit().isEmpty() ? "" : " (" + escape(data.unit()) + ")")
                .append("</caption><thead><tr><th scope=\"col\">Date</th>");
        data.series().forEach(s -> out.append("<th scope=\"col\">").append(escape(s.name())).append("</th>"));
        out.append("</tr></thead><tbody>");
        rowsByDate().forEach((date, values) -> {
            out.append("<tr><th scope=\"row\">").append(escape(dates.format(date))).append("</th>");
            values.forEach(v -> out.append("<td>").append(v == null ? "" : escape(numbers.format(v))).append("</td>"));
            out.append("</tr>");
        });
        out.append("</tbody></table>");
    }

    private Map<LocalDate, List<Double>> rowsByDate() {
        Map<LocalDate, List<Double>> rows = new TreeMap<>();
        for (int s = 0; s < data.series().size(); s++) {
            for (ChartPoint point : visible(data.series().get(s))) {
                List<Double> row = rows.computeIfAbsent(point.date(), d -> nulls(data.series().size()));
                row.set(s, point.value());
            }
        }
        return rows;
    }

    private String tooltip(ChartSeries series, ChartPoint point) {
        return "<title>" + escape(series.name() + ", " + dates.format(point.date()) + ": "
                + numbers.format(point.value()) + (data.unit().isEmpty() ? "" : " " + data.unit())) + "</title>";
    }

    private List<ChartSeries> seriesOf(ChartSeries.Style style) {
        return data.series().stream().filter(s -> s.style() == style).toList();
    }

    private List<ChartPoint> visible(ChartSeries series) {
        return series.points().stream()
                .filter(p -> !p.date().isBefore(data.from()) && !p.date().isAfter(data.to())).toList();
    }

    private String color(ChartSeries series) {
        return COLORS.get(data.series().indexOf(series) % COLORS.size());
    }

    private double band() {
        return (RIGHT - LEFT) / data.days();
    }

    private double centre(long index) {
        return LEFT + (index + 0.5) * band();
    }

    private long index(LocalDate date) {
        return date.toEpochDay() - data.from().toEpochDay();
    }

    private static List<Double> allValues(ChartData data) {
        return Stream.concat(data.series().stream().flatMap(s -> s.points().stream()
                        .filter(p -> !p.date().isBefore(data.from()) && !p.date().isAfter(data.to()))
                        .map(ChartPoint::value)),
                data.referenceLines().stream().map(ChartData.ReferenceLine::value)).toList();
    }

    private static List<Double> nulls(int size) {
        List<Double> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(null);
        }
        return list;
    }

    private static String px(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** Escapes text for XML/HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }
}
