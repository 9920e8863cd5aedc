package org.dyad.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgRendererTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static ChartData chart(String title, ChartSeries... series) {
        return new ChartData(title, "Removals per day.", "per day", DAY, DAY.plusDays(3), List.of(series),
                Locale.ENGLISH);
    }

    @Test
    void text_from_titles_series_names_and_units_is_escaped() {
        String svg = TimeChart.render(new ChartData("<script>alert('x')</script>", "a & b \"c\"", "<ml>", DAY, DAY,
                List.of(ChartSeries.bars("</title><g onload=x>", List.of(new ChartPoint(DAY, 1)))), Locale.ENGLISH));

        assertThat(svg).doesNotContain("<script>", "</title><g", "<ml>", "onload=x>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "a &amp; b &quot;c&quot;",
                        "&lt;/title&gt;&lt;g onload=x&gt;");
    }

    @Test
    void the_svg_is_an_image_with_a_label_title_and_description() {
        String svg = TimeChart.render(chart("Removals", ChartSeries.bars("Removals", List.of(new ChartPoint(DAY, 8)))));

        assertThat(svg).startsWith("<svg ").contains("role=\"img\"", "aria-label=\"Removals. Removals per day.\"",
                "<title>Removals</title>", "<desc>Removals per day.</desc>");
    }

    @Test
    void a_hidden_table_lists_every_value_by_date_and_series() {
        String svg = TimeChart.render(chart("Volume",
                ChartSeries.bars("Pumped", List.of(new ChartPoint(DAY, 105), new ChartPoint(DAY.plusDays(2), 60.5))),
                ChartSeries.line("Bottle", List.of(new ChartPoint(DAY, 30)))));

        assertThat(svg).contains("<caption>Volume (per day)</caption>",
                "<th scope=\"col\">Pumped</th><th scope=\"col\">Bottle</th>",
                "<tr><th scope=\"row\">1 Mar</th><td>105</td><td>30</td></tr>",
                "<tr><th scope=\"row\">3 Mar</th><td>60.5</td><td></td></tr>")
                .contains("clip-path:inset(50%)");
    }

    @Test
    void a_bar_reaches_from_the_zero_line_up_to_its_value() {
        String svg = TimeChart.render(chart("Removals", ChartSeries.bars("Removals",
                List.of(new ChartPoint(DAY, 10), new ChartPoint(DAY.plusDays(1), 5)))));

        List<double[]> rects = rects(svg);
        assertThat(rects).hasSize(2 + 1);
        double full = SvgRenderer.BOTTOM - SvgRenderer.TOP;
        assertThat(rects.get(0)[1]).isCloseTo(SvgRenderer.TOP, org.assertj.core.data.Offset.offset(0.1));
        assertThat(rects.get(0)[3]).isCloseTo(full, org.assertj.core.data.Offset.offset(0.1));
        assertThat(rects.get(1)[3]).isCloseTo(full / 2, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void bars_of_later_days_are_further_right() {
        String svg = TimeChart.render(chart("Removals", ChartSeries.bars("Removals",
                List.of(new ChartPoint(DAY, 3), new ChartPoint(DAY.plusDays(3), 3)))));

        List<double[]> rects = rects(svg);
        double band = (SvgRenderer.RIGHT - SvgRenderer.LEFT) / 4;
        assertThat(rects.get(1)[0] - rects.get(0)[0]).isCloseTo(3 * band, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void a_line_series_is_drawn_as_a_polyline_with_a_dot_per_value() {
        String svg = TimeChart.render(chart("Weight", ChartSeries.line("Weight",
                List.of(new ChartPoint(DAY, 3400), new ChartPoint(DAY.plusDays(2), 3100)))));

        assertThat(svg).contains("<polyline points=\"");
        assertThat(count(svg, "<circle ")).isEqualTo(2);
    }

    @Test
    void values_outside_the_date_range_are_not_drawn() {
        String svg = TimeChart.render(chart("Removals", ChartSeries.bars("Removals",
                List.of(new ChartPoint(DAY.minusDays(1), 99), new ChartPoint(DAY, 4)))));

        assertThat(svg).doesNotContain(">99<");
        assertThat(rects(svg)).hasSize(1 + 1);
    }

    @Test
    void a_reference_line_is_drawn_and_labelled() {
        String svg = TimeChart.render(new ChartData("Weight", "d", "g", DAY, DAY.plusDays(1),
                List.of(ChartSeries.line("Weight", List.of(new ChartPoint(DAY, 3000)))),
                List.of(new ChartData.ReferenceLine("Birth weight", 3400)), Locale.ENGLISH));

        assertThat(svg).contains(">Birth weight 3,400</text>");
    }

    @Test
    void a_series_with_two_values_on_one_day_is_refused() {
        assertThatThrownBy(() -> ChartSeries.bars("x", List.of(new ChartPoint(DAY, 1), new ChartPoint(DAY, 2))))
                .hasMessage("Series 'x' has two values for 2026-03-01");
    }

    @Test
    void a_range_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new ChartData("t", "d", "", DAY, DAY.minusDays(1),
                List.of(ChartSeries.bars("x", List.of())), Locale.ENGLISH))
                .hasMessage("A chart's last day 2026-02-28 is before its first day 2026-03-01");
    }

    @Test
    void an_empty_series_still_renders_axes() {
        String svg = TimeChart.render(chart("Nothing yet", ChartSeries.bars("Removals", List.of())));

        assertThat(svg).contains("<title>Nothing yet</title>", ">0</text>").endsWith("</table>");
    }

    /** x, y, width, height of each {@code <rect>} in document order (the legend's squares come last). */
    private static List<double[]> rects(String svg) {
        Matcher m = Pattern.compile("<rect x=\"([\\d.]+)\" y=\"([\\d.]+)\" width=\"([\\d.]+)\" height=\"([\\d.]+)\"")
                .matcher(svg);
        List<double[]> rects = new java.util.ArrayList<>();
        while (m.find()) {
            rects.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
        }
        return rects;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
