package org.dyad.web.module;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringInstantiator;
import org.dyad.core.module.PluginHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * Spring's instantiator, except for classes loaded by a plugin: those are created only through their public
 * {@code (PluginContext)} or no-argument constructor, so no host bean (such as the unscoped DSLContext) can reach them.
 * When such a constructor throws, the failure is logged under the plugin's id and a {@link PluginPageFailedException}
 * follows; during a navigation it leads to the calm error page of the surface, inside its layout.
 */
class PluginInstantiator extends SpringInstantiator {

    private static final Logger log = LoggerFactory.getLogger(PluginInstantiator.class);

    private final PluginHost host;

    PluginInstantiator(VaadinService service, ApplicationContext context, PluginHost host) {
        super(service, context);
        this.host = host;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return host.isPluginClass(type) ? createPluginObject(type) : super.getOrCreate(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return host.isPluginClass(componentClass) ? createPluginObject(componentClass) : super.createComponent(componentClass);
    }

    @Override
    public <T extends HasElement> T createRouteTarget(Class<T> routeTargetType, NavigationEvent event) {
        try {
            return super.createRouteTarget(routeTargetType, event);
        } catch (PluginPageFailedException e) {
            throw e.on(event.getLocation().getFirstSegment());
        }
    }

    private <T> T createPluginObject(Class<T> type) {
        try {
            return host.create(type);
        } catch (RuntimeException | LinkageError e) {
            String pluginId = host.pluginIdOf(type).orElse("(not started)");
            log.error("Plugin '{}' failed: could not create {}", pluginId, type.getName(), e);
            throw new PluginPageFailedException(pluginId, e);
        }
    }
}
