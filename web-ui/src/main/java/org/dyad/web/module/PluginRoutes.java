package org.dyad.web.module;


import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import org.dyad.api.extension.PortalPage;
import org.dyad.api.extension.StaffPage;
import org.dyad.core.module.ActiveModule;
import org.dyad.core.module.Guard;
import org.dyad.core.module.ModuleListener;
import org.dyad.core.module.ModuleRoutes;
import org.dyad.core.module.PluginHost;
import org.dyad.web.portal.PortalLayout;
import org.dyad.web.staff.StaffLayout;
import org.springframework.stereotype.Component;

/**
 * Registers the pages of every started plugin as Vaadin routes ({@code staff/<module>/<path>} in the staff layout,
 * {@code portal/<module>/<path>} in the portal layout) and removes them when the plugin stops. Works off request
 * threads through the application route registry. Also installs the access check on every UI and follows open UIs,
 * so that a page whose module becomes unavailable is left at once.
 */
@Component
class PluginRoutes implements VaadinServiceInitListener, ModuleListener {

    private final PluginHost host;
    private final PluginAccessCheck accessCheck;
    private final OpenPluginViews openViews;
    private volatile RouteConfiguration routes;

    PluginRoutes(PluginHost host, PluginAccessCheck accessCheck, OpenPluginViews openViews) {
        this.host = host;
        this.accessCheck = accessCheck;
        this.openViews = openViews;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        event.getSource().addUIInitListener(init -> {
            init.getUI().addBeforeEnterListener(accessCheck);
            openViews.track(init.getUI());
        });
        host.addListener(this);
    }

    @Override
    public void started(ActiveModule module) {
        routes.update(() -> {
            for (StaffPage page : module.extensions(StaffPage.class)) {
                register(module, "staff", page.path(), page.viewClass(), StaffLayout.class);
            }
            for (PortalPage page : module.extensions(PortalPage.class)) {
                register(module, "portal", page.path(), page.viewClass(), PortalLayout.class);
            }
        });
    }

    @Override
    public void stopping(ActiveModule module) {
        routes.update(() -> {
            module.extensions(StaffPage.class).forEach(p -> routes.removeRoute(ModuleRoutes.path("staff", module.id(), p.path())));
            module.extensions(PortalPage.class).forEach(p -> routes.removeRoute(ModuleRoutes.path("portal", module.id(), p.path())));
        });
    }

    private void register(ActiveModule module, String surface, String path, Class<? extends com.vaadin.flow.component.Component> view,
                          Class<? extends RouterLayout> layout) {
        Guard.run(module.id(), "route " + path, () ->
                routes.setRoute(ModuleRoutes.path(surface, module.id(), path), view, List.of(layout)));
    }
}
