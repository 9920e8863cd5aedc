package org.dyad.api.ui;

import com.vaadin.flow.component.html.Div;

/**
 * A chart of daily values over time (bars and lines, axes, legend), rendered on the server as inline SVG, so it needs
 * no JavaScript library and no frontend build.
 *
 * <p>Accessible by construction: the SVG has {@code role="img"}, an {@code aria-label}, a {@code <title>} and a
 * {@code <desc>}; a visually hidden table with every value follows it for screen readers. All text is escaped.
 *
 * <p>Usage: {@code add(new TimeChart(data))}; call {@link #setData} to redraw.
 *
 * @since 1.0
 */
public class TimeChart extends Div {

    /** Creates a chart showing the data. */
    public TimeChart(ChartData data) {
        getStyle().set("position", "relative").set("width", "100%");
        setData(data);
    }

    /** Replaces what the chart shows. */
    public void setData(ChartData data) {
        getElement().setProperty("innerHTML", render(data));
    }

    /**
     * The chart's markup (an {@code <svg>} and a hidden {@code <table>}), for use outside a Vaadin UI, e.g. in reports.
     */
    public static String render(ChartData data) {
        return SvgRenderer.render(data);
    }
}
