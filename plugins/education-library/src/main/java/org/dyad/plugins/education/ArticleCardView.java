package org.dyad.plugins.education;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A card for one article: title (the link), category and reading time, the consultant's note if any, summary. */
final class ArticleCardView extends Div {

    ArticleCardView(ArticleCard card, @Nullable String note) {
        Anchor title = new Anchor(Pages.article(card.articleId()), card.title());
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("line-height", "1.3").set("display", "block").set("padding", "var(--lumo-space-xs) 0");
        Span meta = new Span(card.category().label() + " · " + card.readingMinutes() + " min read");
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(title, new Div(meta));
        if (note != null && !note.isBlank()) {
            add(Notes.quote(note));
        }
        Paragraph summary = new Paragraph(card.summary());
        summary.getStyle().set("margin", "var(--lumo-space-s) 0 0");
        add(summary);
        addClassName("education-card");
        getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-base-color)").set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("margin-bottom", "var(--lumo-space-m)");
    }
}
