package org.dyad.web.module;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringInstantiator;
import org.dyad.core.module.PluginHost;
import org.springframework.context.ApplicationContext;

/**
 * Spring's instantiator, except for classes loaded by a plugin: those are created only through their public
 * {@code (PluginContext)} or no-argument constructor, so no host bean (such as the unscoped DSLContext) can reach them.
 */
class PluginInstantiator extends SpringInstantiator {

    private final PluginHost host;

    PluginInstantiator(VaadinService service, ApplicationContext context, PluginHost host) {
        super(service, context);
        this.host = host;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return host.isPluginClass(type) ? host.create(type) : super.getOrCreate(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return host.isPluginClass(componentClass) ? host.create(componentClass) : super.createComponent(componentClass);
    }
}
