package org.dyad.api.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A grid that reads well on a phone: below {@link #NARROW_BELOW} pixels of window width one compact column (a main
 * line and a muted second line) replaces the wide columns; above it the wide columns come back. The switch follows the
 * browser window as it is resized or turned. The host's style sheet styles the two lines
 * ({@code dyad-cell-compact}), so a plugin's staff page looks like the host's pages without a style sheet of its own.
 *
 * <pre>{@code
 * var title = grid.addColumn(Article::title).setHeader("Title");
 * var status = grid.addColumn(Article::status).setHeader("Status");
 * CompactColumns.add(grid, CompactColumns.twoLines(Article::title, Article::status), "Article", List.of(title, status));
 * }</pre>
 *
 * @since 1.0
 */
public final class CompactColumns {

    /** Lumo's {@code sm} breakpoint: narrower windows are phones held upright. */
    public static final int NARROW_BELOW = 640;

    private static final String TEMPLATE = """
            <div class="dyad-cell-compact"><span class="dyad-cell-compact__main">${item.main}</span>\
            <span class="dyad-cell-compact__sub">${item.sub}</span></div>""";

    private CompactColumns() {
    }

    /** A renderer of two lines: {@code main} and, smaller and muted, {@code sub}. Both wrap rather than truncate. */
    public static <T> LitRenderer<T> twoLines(ValueProvider<T, String> main, ValueProvider<T, String> sub) {
        return LitRenderer.<T>of(TEMPLATE).withProperty("main", main).withProperty("sub", sub);
    }

    /**
     * Adds the compact column (hidden while the window is wide) and keeps it and {@code wide} switched with the window
     * width while the grid is attached.
     */
    public static <T> Grid.Column<T> add(Grid<T> grid, LitRenderer<T> compact, String header, List<Grid.Column<T>> wide) {
        Grid.Column<T> column = grid.addColumn(compact).setHeader(header).setKey("compact").setFlexGrow(1);
        column.setVisible(false);
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> {
                if (details.getWindowInnerWidth() > 0) {
                    apply(details.getWindowInnerWidth(), column, wide);
                }
            });
            Registration resize = page.addBrowserWindowResizeListener(e -> apply(e.getWidth(), column, wide));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
        return column;
    }

    private static <T> void apply(int windowWidth, Grid.Column<T> compact, List<Grid.Column<T>> wide) {
        boolean narrow = windowWidth < NARROW_BELOW;
        compact.setVisible(narrow);
        wide.forEach(c -> c.setVisible(!narrow));
    }
}
