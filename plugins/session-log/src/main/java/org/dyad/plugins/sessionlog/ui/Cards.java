package org.dyad.plugins.sessionlog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.plugins.sessionlog.stats.NeedsALook;
import org.dyad.plugins.sessionlog.stats.PictureService;

/** The dashboard card and the portal home card. */
public final class Cards {

    private Cards() {
    }

    /** "Dyads that need a look", with the reasons for each. */
    public static Component needsALook(PluginContext context) {
        var flagged = new PictureService(context).needsALook();
        Div card = new Div();
        if (flagged.isEmpty()) {
            card.add(new Paragraph("No dyad crosses a threshold right now."));
            return card;
        }
        UnorderedList list = new UnorderedList();
        for (NeedsALook n : flagged) {
            list.add(new ListItem(n.dyad().clientName() + " · " + n.dyad().babyName() + ": "
                    + String.join("; ", n.reasons())));
        }
        card.add(list);
        return card;
    }

    /** The parent's status line with a link to the log. */
    public static Component portal(PluginContext context, long clientId) {
        ClientRef client = context.client(clientId);
        Div card = new Div();
        PictureService pictures = new PictureService(context);
        client.babies().forEach(b -> card.add(new Paragraph(b.name() + ": "
                + pictures.status(clientId, b.babyId()).summary(context.clock().instant()))));
        card.add(new Anchor("portal/session-log", "Open the feeding log"));
        return card;
    }

    /** The client-record tab. */
    public static Component clientTab(PluginContext context, ClientRef client) {
        return new LogPanel(context, client);
    }
}
