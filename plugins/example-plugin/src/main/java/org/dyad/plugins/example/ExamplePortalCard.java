package org.dyad.plugins.example;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.PortalCard;
import org.pf4j.Extension;

/** A portal home card telling the parent how many notes their clinic keeps. */
@Extension
public class ExamplePortalCard implements PortalCard {

    private final PluginContext context;

    public ExamplePortalCard(PluginContext context) {
        this.context = context;
    }

    @Override
    public String requiredPermission() {
        return ExampleModule.PORTAL;
    }

    @Override
    public Component create(long clientId) {
        return new Div(context.messages().get("card.count", new NoteStore(context).count(clientId)));
    }
}
