package org.dyad.plugins.education;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.dyad.api.PluginContext;

/** Portal: the clinic's library by category, with full-text search. */
public class LibraryPortalView extends Div {

    private final ReaderService reader;
    private final TextField search = new TextField();
    private final Select<Category> category = new Select<>();
    private final Div results = new Div();

    public LibraryPortalView(PluginContext context) {
        this.reader = new ReaderService(context);
        search.setPlaceholder("Search the library");
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> c == null ? "All topics" : c.label());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("All topics");
        category.setWidthFull();
        category.addValueChangeListener(e -> refresh());
        add(new H2("Library"), search, category, results);
        getStyle().set("padding", "var(--lumo-space-m)").set("max-width", "40rem");
        refresh();
    }

    private void refresh() {
        String text = search.getValue().strip();
        List<ArticleCard> cards = text.isEmpty() ? reader.browse(category.getValue())
                : reader.search(text, category.getValue());
        results.removeAll();
        if (cards.isEmpty()) {
            results.add(new Paragraph("No articles found. Try other words, or ask your consultant."));
        }
        cards.forEach(card -> results.add(new ArticleCardView(card, null)));
    }
}
