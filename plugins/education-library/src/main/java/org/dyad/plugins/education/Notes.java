package org.dyad.plugins.education;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The consultant's personal note, shown as plain text (never as HTML). */
final class Notes {

    private Notes() {
    }

    static Div quote(String note) {
        Span label = new Span("Your consultant's note");
        label.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)");
        Div text = new Div();
        text.setText(note);
        text.getStyle().set("white-space", "pre-line");
        Div quote = new Div(label, text);
        quote.addClassName("education-note");
        quote.getStyle().set("margin", "var(--lumo-space-s) 0").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-left", "4px solid var(--lumo-primary-color)").set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "0 var(--lumo-border-radius-m) var(--lumo-border-radius-m) 0");
        return quote;
    }
}
