package org.dyad.web.module.probe;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import org.dyad.api.PluginContext;

/** A view built the SDK's way: it names the clinic its context is scoped to. */
public class ContextView extends Section {

    public ContextView(PluginContext context) {
        add(new H1("Probe for clinic " + context.data().clinicId()));
    }
}
