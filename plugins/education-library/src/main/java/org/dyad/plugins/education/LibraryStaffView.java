package org.dyad.plugins.education;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.dyad.api.PluginContext;

/** Staff: the clinic's library with search; opens the editor. */
public class LibraryStaffView extends VerticalLayout {

    private final LibraryService library;
    private final Grid<Article> grid = new Grid<>();
    private final TextField search = new TextField();

    public LibraryStaffView(PluginContext context) {
        this.library = new LibraryService(context);
        setSizeFull();
        add(new H2("Education library"), toolbar(context), grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout toolbar(PluginContext context) {
        search.setPlaceholder("Search title, summary, tags and text");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(e -> refresh());
        Button create = new Button("New article", e -> UI.getCurrent().navigate(Pages.STAFF + "edit/new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(context.currentUser().has(Permissions.MANAGE));
        return new HorizontalLayout(search, create);
    }

    private void configureGrid() {
        grid.addColumn(a -> a.draft().title()).setHeader("Title").setFlexGrow(3);
        grid.addColumn(a -> a.draft().category().label()).setHeader("Category");
        grid.addComponentColumn(LibraryStaffView::status).setHeader("Status");
        grid.addColumn(a -> a.live().map(v -> "v" + v).orElse("—")).setHeader("Live");
        grid.addColumn(a -> a.reviewByText()).setHeader("Review by");
        grid.addColumn(Article::author).setHeader("Author");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(Pages.editor(e.getItem().id())));
        grid.setSizeFull();
    }

    private static HorizontalLayout status(Article article) {
        HorizontalLayout badges = new HorizontalLayout(new Span(article.status().label()));
        if (article.isStarter()) {
            badges.add(Ui.badge("Starter", "contrast"));
        }
        if (article.hidden()) {
            badges.add(Ui.badge("Hidden", "error"));
        }
        return badges;
    }

    private void refresh() {
        grid.setItems(library.list(search.getValue()));
    }
}
