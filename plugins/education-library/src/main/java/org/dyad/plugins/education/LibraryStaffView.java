package org.dyad.plugins.education;

import org.dyad.api.ui.CompactColumns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
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
        search.setWidth("min(24rem, 100%)");
        search.setAriaLabel("Search the library");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addValueChangeListener(e -> refresh());
        Button create = new Button("New article", e -> UI.getCurrent().navigate(Pages.STAFF + "edit/new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(context.currentUser().has(Permissions.MANAGE));
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        return toolbar;
    }

    private void configureGrid() {
        var title = grid.addColumn(a -> a.draft().title()).setHeader("Title").setWidth("14rem").setFlexGrow(4)
                .setResizable(true).setTooltipGenerator(a -> a.draft().title());
        var category = grid.addColumn(a -> a.draft().category().label()).setHeader("Category").setAutoWidth(true)
                .setFlexGrow(0);
        var status = grid.addComponentColumn(LibraryStaffView::status).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        var live = grid.addColumn(LibraryStaffView::live).setHeader("Live").setAutoWidth(true).setFlexGrow(0);
        var review = grid.addColumn(a -> a.reviewByText()).setHeader("Review by").setAutoWidth(true).setFlexGrow(0);
        var author = grid.addColumn(Article::author).setHeader("Author").setAutoWidth(true).setFlexGrow(1);
        CompactColumns.add(grid, CompactColumns.twoLines(a -> a.draft().title(), LibraryStaffView::summaryLine), "Article",
                List.of(title, category, status, live, review, author));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(Pages.editor(e.getItem().id())));
        grid.setSizeFull();
    }

    private static String live(Article article) {
        return article.live().map(v -> "v" + v).orElse("—");
    }

    /** The phone's second line: everything the wide columns show besides the title. */
    private static String summaryLine(Article article) {
        List<String> parts = new ArrayList<>(List.of(article.draft().category().label(), article.status().label()));
        if (article.isStarter()) {
            parts.add("Starter");
        }
        if (article.hidden()) {
            parts.add("Hidden");
        }
        article.live().ifPresent(v -> parts.add("live v" + v));
        if (!article.reviewByText().isBlank()) {
            parts.add("review by " + article.reviewByText());
        }
        parts.add(article.author());
        return String.join(" · ", parts);
    }

    private static HorizontalLayout status(Article article) {
        HorizontalLayout badges = new HorizontalLayout(new Span(article.status().label()));
        badges.setSpacing(false);
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        if (article.isStarter()) {
            badges.add(Ui.badge("Starter", "contrast"));
        }
        if (article.hidden()) {
            badges.add(Ui.badge("Hidden", "error"));
        }
        return badges;
    }

    /** Lazy: the grid asks for the rows it shows, a page at a time, and for the count of all matches. */
    private void refresh() {
        String query = search.getValue();
        grid.setItems(page -> library.page(query, page.getOffset(), page.getLimit()).stream(),
                page -> library.count(query));
    }
}
