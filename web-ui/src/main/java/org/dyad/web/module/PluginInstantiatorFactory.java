package org.dyad.web.module;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import org.dyad.core.module.PluginHost;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Makes Vaadin use {@link PluginInstantiator} (found through Vaadin's Spring lookup). */
@Component
class PluginInstantiatorFactory implements InstantiatorFactory {

    private final ApplicationContext context;
    private final PluginHost host;

    PluginInstantiatorFactory(ApplicationContext context, PluginHost host) {
        this.context = context;
        this.host = host;
    }

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new PluginInstantiator(service, context, host);
    }
}
