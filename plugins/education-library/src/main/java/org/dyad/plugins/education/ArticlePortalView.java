package org.dyad.plugins.education;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.Optional;
import org.dyad.api.PluginContext;

/** Portal: one article, laid out for a phone, with the consultant's note and "mark as read". */
public class ArticlePortalView extends Div implements HasUrlParameter<String> {

    private final ReaderService reader;
    private final ReadingService readings;

    public ArticlePortalView(PluginContext context) {
        this.reader = new ReaderService(context);
        this.readings = new ReadingService(context);
        Ui.portalPage(this);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        Optional<PublishedArticle> article = parameter.matches("\\d{1,18}")
                ? reader.article(Long.parseLong(parameter)) : Optional.empty();
        article.ifPresentOrElse(this::show, () -> add(new Paragraph("This article is not available."),
                new Anchor(Pages.library(), "Back to the library")));
    }

    private void show(PublishedArticle article) {
        readings.opened(article.articleId());
        Optional<Reading> mine = readings.forYou().stream()
                .filter(r -> r.article().articleId() == article.articleId()).findFirst();
        H1 title = new H1(article.title());
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("line-height", "1.25");
        Span meta = new Span(article.category().label() + " · " + article.readingMinutes() + " min read");
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new Anchor(Pages.PORTAL, "← For you"), title, meta);
        mine.flatMap(Reading::personalNote).ifPresent(note -> add(Notes.quote(note)));
        Anchor more = new Anchor(Pages.library(), "More articles in the library");
        more.getStyle().set("display", "inline-block").set("padding", "var(--lumo-space-m) 0");
        add(Ui.articleStyles(), new Html(reader.html(article)), markRead(article, mine), more);
    }

    private Button markRead(PublishedArticle article, Optional<Reading> mine) {
        boolean done = mine.map(Reading::finished).orElse(false);
        Button button = new Button(done ? "Read ✓" : "Mark as read");
        button.setEnabled(!done);
        button.setWidthFull();
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.addClickListener(e -> {
            readings.finished(article.articleId());
            button.setText("Read ✓");
            button.setEnabled(false);
            Ui.success("Marked as read. Well done!");
        });
        return button;
    }
}
