package org.dyad.plugins.notes;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;

/** A grid of visits: date, type, consultant and status; optionally a link to each note. */
final class VisitGrid {

    private VisitGrid() {
    }

    static Grid<VisitSummary> of(List<VisitSummary> visits, boolean withLinks) {
        Grid<VisitSummary> grid = new Grid<>();
        grid.addColumn(VisitSummary::visitDate).setHeader("Date").setAutoWidth(true);
        grid.addColumn(VisitSummary::visitType).setHeader("Visit").setAutoWidth(true);
        grid.addColumn(VisitSummary::authorName).setHeader("Consultant").setAutoWidth(true);
        grid.addColumn(visit -> visit.status() == NoteStatus.SIGNED ? "Signed" : "Draft").setHeader("Status");
        if (withLinks) {
            grid.addComponentColumn(visit -> new Anchor(Extensions.noteUrl(visit.noteId()), "Open note"))
                    .setHeader("");
        }
        grid.setItems(visits);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        return grid;
    }
}
