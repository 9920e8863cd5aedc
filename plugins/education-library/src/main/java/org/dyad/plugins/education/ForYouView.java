package org.dyad.plugins.education;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.dyad.api.PluginContext;

/** Portal: the articles the consultant chose for this parent, unread first, with the consultant's note. */
public class ForYouView extends Div {

    public ForYouView(PluginContext context) {
        List<Reading> readings = new ReadingService(context).forYou();
        add(new H2("For you"));
        if (readings.isEmpty()) {
            add(new Paragraph("Your consultant has not picked any articles for you yet."));
        }
        readings.stream().filter(r -> !r.finished()).forEach(r -> add(new ArticleCardView(r.article(), r.note())));
        List<Reading> finished = readings.stream().filter(Reading::finished).toList();
        if (!finished.isEmpty()) {
            add(new Paragraph("Already read"));
            finished.forEach(r -> add(new ArticleCardView(r.article(), null)));
        }
        add(new Anchor(Pages.library(), "Browse the whole library"));
        getStyle().set("padding", "var(--lumo-space-m)").set("max-width", "40rem");
    }
}
