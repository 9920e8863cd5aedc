package org.dyad.plugins.education;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.PortalCard;
import org.pf4j.Extension;

/** Portal home: the next assigned article the parent has not read yet. */
@Extension
public final class NextArticleCard implements PortalCard {

    private final PluginContext context;

    public NextArticleCard(PluginContext context) {
        this.context = context;
    }

    @Override
    public String requiredPermission() {
        return Permissions.READ;
    }

    @Override
    public Component create(long clientId) {
        Div card = new Div(new H3("Your next read"));
        new ReadingService(context).nextUnread().ifPresentOrElse(
                next -> card.add(new ArticleCardView(next.article(), next.note())),
                () -> card.add(new Paragraph("You are all caught up."), new Anchor(Pages.library(),
                        "Browse the library")));
        return card;
    }
}
