package org.dyad.plugins.education;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.dyad.api.PluginContext;

/** Portal: the clinic's library by category, with full-text search; browsing shows a page at a time. */
public class LibraryPortalView extends Div {

    static final int PAGE = 20;

    private final ReaderService reader;
    private final TextField search = new TextField("Search the library");
    private final Select<Category> category = new Select<>();
    private final Div results = new Div();
    private final Button more = new Button("Show more articles", e -> showMore());
    private int shown;

    public LibraryPortalView(PluginContext context) {
        this.reader = new ReaderService(context);
        search.setPlaceholder("For example: night feeds");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        category.setLabel("Topic");
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> c == null ? "All topics" : c.label());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("All topics");
        category.setWidthFull();
        category.addValueChangeListener(e -> refresh());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.setWidthFull();
        add(new H2("Library"), search, category, results, more);
        Ui.portalPage(this);
        refresh();
    }

    private void refresh() {
        results.removeAll();
        shown = 0;
        String text = search.getValue().strip();
        if (text.isEmpty()) {
            showMore();
            return;
        }
        show(reader.search(text, category.getValue()));
        more.setVisible(false);
    }

    private void showMore() {
        List<ArticleCard> page = reader.browse(category.getValue(), shown, PAGE + 1);
        show(page.stream().limit(PAGE).toList());
        more.setVisible(page.size() > PAGE);
    }

    private void show(List<ArticleCard> cards) {
        if (cards.isEmpty() && shown == 0) {
            results.add(new Paragraph("No articles found. Try other words, or ask your consultant."));
        }
        cards.forEach(card -> results.add(new ArticleCardView(card, null)));
        shown += cards.size();
    }
}
