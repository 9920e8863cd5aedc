package org.dyad.plugins.example;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.dyad.api.PluginContext;

/** The staff page at {@code /staff/example-plugin}. Gets its plugin's context, nothing else. */
public class ExampleNotesView extends VerticalLayout {

    public ExampleNotesView(PluginContext context) {
        add(new H2(context.messages().get("page.title")));
        add(new Paragraph(context.messages().get("page.intro", context.currentUser().displayName())));
    }
}
