package org.dyad.plugins.breathing.coach;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import org.dyad.api.PluginContext;

/** The coach run by staff with a client during a visit, at {@code staff/breathing-coach/coach/<clientId>}. */
public class StaffCoachView extends Div implements HasUrlParameter<Long> {

    private final PluginContext context;

    public StaffCoachView(PluginContext context) {
        this.context = context;
    }

    @Override
    public void setParameter(BeforeEvent event, Long clientId) {
        context.client(clientId);
        removeAll();
        add(new CoachFlow(context, clientId, null, null));
    }
}
