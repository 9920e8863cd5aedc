package org.dyad.plugins.education;

import com.vaadin.flow.component.html.Div;

/** The consultant's personal note, shown as plain text (never as HTML). */
final class Notes {

    private Notes() {
    }

    static Div quote(String note) {
        Div div = new Div();
        div.setText("“" + note + "”");
        div.getStyle().set("font-style", "italic").set("white-space", "pre-line").set("margin", "var(--lumo-space-s) 0");
        return div;
    }
}
