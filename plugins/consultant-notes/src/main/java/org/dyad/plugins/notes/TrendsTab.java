package org.dyad.plugins.notes;

import com.vaadin.flow.component.Component;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.ClientTab;
import org.pf4j.Extension;

/** The client record's Trends tab: LATCH totals, milk transfer and weight across visits. */
@Extension
public final class TrendsTab implements ClientTab {

    private final PluginContext context;

    public TrendsTab(PluginContext context) {
        this.context = context;
    }

    @Override
    public String label() {
        return "Feeding trends";
    }

    @Override
    public String requiredPermission() {
        return Permissions.READ;
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public Component create(ClientRef client) {
        return new TrendsPanel(context, client);
    }
}
