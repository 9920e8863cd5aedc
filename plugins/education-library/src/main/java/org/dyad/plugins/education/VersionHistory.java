package org.dyad.plugins.education;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** An article's published versions; choosing one shows what changed since the version before it. */
final class VersionHistory extends VerticalLayout {

    private final LibraryService library;
    private final Grid<VersionInfo> grid = new Grid<>();
    private long articleId;

    VersionHistory(LibraryService library) {
        this.library = library;
        grid.addColumn(v -> "v" + v.version()).setHeader("Version").setAutoWidth(true);
        grid.addColumn(VersionInfo::title).setHeader("Title");
        grid.addColumn(v -> v.publishedAt().toString().replace('T', ' ')).setHeader("Published (UTC)");
        grid.addColumn(VersionInfo::publishedBy).setHeader("By");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> showDiff(e.getItem()));
        add(new H3("Version history"), grid);
        setPadding(false);
    }

    void show(long id) {
        this.articleId = id;
        List<VersionInfo> versions = library.history(id);
        grid.setItems(versions);
        setVisible(!versions.isEmpty());
    }

    private void showDiff(VersionInfo version) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(version.version() == 1 ? "Version 1 (first version)"
                : "Changes from v" + (version.version() - 1) + " to v" + version.version());
        int from = Math.max(1, version.version() - 1);
        dialog.add(diff(library.diff(articleId, from, version.version())));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.open();
    }

    private static Div diff(List<VersionDiff.Line> lines) {
        Div pre = new Div();
        pre.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("white-space", "pre-wrap");
        lines.forEach(line -> pre.add(line(line)));
        return pre;
    }

    private static Div line(VersionDiff.Line line) {
        Div div = new Div();
        div.setText(switch (line.kind()) {
            case ADDED -> "+ " + line.text();
            case REMOVED -> "− " + line.text();
            case CONTEXT -> "  " + line.text();
            case HUNK -> "…";
        });
        String background = switch (line.kind()) {
            case ADDED -> "var(--lumo-success-color-10pct)";
            case REMOVED -> "var(--lumo-error-color-10pct)";
            default -> "transparent";
        };
        div.getStyle().set("background", background);
        return div;
    }
}
