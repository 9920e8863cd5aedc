package org.dyad.plugins.education;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.ClientTab;
import org.jspecify.annotations.Nullable;
import org.pf4j.Extension;

/** Client record: assign articles with a personal note, and see what the client opened and finished. */
@Extension
public final class ClientReadingTab implements ClientTab {

    private final PluginContext context;

    public ClientReadingTab(PluginContext context) {
        this.context = context;
    }

    @Override
    public String label() {
        return "Reading";
    }

    @Override
    public String requiredPermission() {
        return Permissions.ASSIGN;
    }

    @Override
    public Component create(ClientRef client) {
        ReadingService readings = new ReadingService(context);
        Grid<Reading> grid = progressGrid();
        Runnable refresh = () -> grid.setItems(readings.progress(client.clientId()));
        refresh.run();
        return new VerticalLayout(new H3("Assign articles"), assignForm(client, readings, refresh),
                new H3("Assigned and read"), grid);
    }

    private Component assignForm(ClientRef client, ReadingService readings, Runnable refresh) {
        MultiSelectComboBox<ArticleCard> articles = new MultiSelectComboBox<>("Articles");
        ReaderService reader = new ReaderService(context);
        articles.setItems(query -> choices(reader, query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
        articles.setItemLabelGenerator(ArticleCard::title);
        articles.setWidthFull();
        TextArea note = new TextArea("Personal note (optional)");
        note.setMaxLength(Assignment.MAX_NOTE);
        note.setWidthFull();
        Button assign = new Button("Assign", e -> {
            List<Long> ids = articles.getSelectedItems().stream().map(ArticleCard::articleId).toList();
            if (Ui.attempt(() -> readings.assign(new Assignment(client.clientId(), ids, note.getValue())))) {
                Ui.success("Assigned to " + client.displayName() + ".");
                articles.clear();
                note.clear();
                refresh.run();
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(articles, note, assign);
        form.setPadding(false);
        return form;
    }

    /** Lazy: the library a page at a time, or the best full-text matches of what the consultant typed. */
    private static Stream<ArticleCard> choices(ReaderService reader, String filter, int offset, int limit) {
        if (filter.isBlank()) {
            return reader.browse(null, offset, limit).stream();
        }
        return reader.search(filter, null).stream().skip(offset).limit(limit);
    }

    private static Grid<Reading> progressGrid() {
        Grid<Reading> grid = new Grid<>();
        grid.addColumn(r -> r.article().title()).setHeader("Article").setFlexGrow(3);
        grid.addColumn(Reading::progress).setHeader("Progress");
        grid.addColumn(r -> time(r.assignedAt())).setHeader("Assigned (UTC)");
        grid.addColumn(r -> time(r.openedAt())).setHeader("Opened (UTC)");
        grid.addColumn(r -> time(r.finishedAt())).setHeader("Finished (UTC)");
        grid.addColumn(r -> r.personalNote().orElse("")).setHeader("Note");
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String time(@Nullable LocalDateTime time) {
        return time == null ? "" : time.withNano(0).toString().replace('T', ' ');
    }
}
