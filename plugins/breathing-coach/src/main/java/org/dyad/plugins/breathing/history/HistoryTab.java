package org.dyad.plugins.breathing.history;

import com.vaadin.flow.component.Component;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.ClientTab;
import org.dyad.plugins.breathing.Permissions;
import org.pf4j.Extension;

/** The "Breathing" tab on the staff client record. */
@Extension
public final class HistoryTab implements ClientTab {

    private final PluginContext context;

    public HistoryTab(PluginContext context) {
        this.context = context;
    }

    @Override
    public String label() {
        return context.messages().get("history.tab");
    }

    @Override
    public String requiredPermission() {
        return Permissions.HISTORY;
    }

    @Override
    public Component create(ClientRef client) {
        return new HistoryPanel(context, client.clientId());
    }
}
