package org.dyad.plugins.notes;

import com.vaadin.flow.component.Component;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.ClientTab;
import org.pf4j.Extension;

/** The client record's Visits tab for front desk staff: that a visit happened, never what was charted. */
@Extension
public final class VisitsTab implements ClientTab {

    private final PluginContext context;

    public VisitsTab(PluginContext context) {
        this.context = context;
    }

    @Override
    public String label() {
        return "Visits";
    }

    @Override
    public String requiredPermission() {
        return Permissions.VISITS;
    }

    @Override
    public Component create(ClientRef client) {
        return VisitGrid.of(new ClientNotes(context).visits(client.clientId()), false);
    }
}
