package org.dyad.web.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** A calm "nothing here yet" panel with what to do next. */
public class EmptyState extends Div {

    public EmptyState(String title, String text, Component... actions) {
        addClassName("dyad-empty");
        add(new H3(title), new Paragraph(text));
        add(actions);
    }
}
