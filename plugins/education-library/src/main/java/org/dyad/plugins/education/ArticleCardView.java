package org.dyad.plugins.education;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A tappable card for one article: title, summary, category and reading time, and the consultant's note if any. */
final class ArticleCardView extends Div {

    ArticleCardView(ArticleCard card, @Nullable String note) {
        Anchor title = new Anchor(Pages.article(card.articleId()), card.title());
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span meta = new Span(card.category().label() + " · " + card.readingMinutes() + " min read");
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(title, new Div(meta));
        if (note != null && !note.isBlank()) {
            add(Notes.quote(note));
        }
        add(new Paragraph(card.summary()));
        getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("margin-bottom", "var(--lumo-space-s)");
    }
}
