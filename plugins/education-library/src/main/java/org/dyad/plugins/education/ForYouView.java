package org.dyad.plugins.education;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.dyad.api.PluginContext;

/** Portal: the articles the consultant chose for this parent, unread first, with the consultant's note. */
public class ForYouView extends Div {

    public ForYouView(PluginContext context) {
        List<Reading> readings = new ReadingService(context).forYou();
        add(new H2("For you"));
        List<Reading> open = readings.stream().filter(r -> !r.finished()).toList();
        if (open.isEmpty()) {
            add(new Paragraph(readings.isEmpty() ? "Your consultant has not picked any articles for you yet."
                    : "You have read everything your consultant picked for you. Well done!"));
        }
        open.forEach(r -> add(new ArticleCardView(r.article(), r.note())));
        List<Reading> finished = readings.stream().filter(Reading::finished).toList();
        if (!finished.isEmpty()) {
            add(new H3("Already read"));
            finished.forEach(r -> add(new ArticleCardView(r.article(), null)));
        }
        Anchor library = new Anchor(Pages.library(), "Browse the whole library");
        library.getStyle().set("display", "inline-block").set("padding", "var(--lumo-space-s) 0");
        add(library);
        Ui.portalPage(this);
    }
}
