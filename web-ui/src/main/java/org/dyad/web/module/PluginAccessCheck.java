package org.dyad.web.module;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import java.util.Optional;
import java.util.stream.Stream;
import org.dyad.api.Role;
import org.dyad.api.extension.PortalPage;
import org.dyad.api.extension.StaffPage;
import org.dyad.core.module.ActiveModule;
import org.dyad.core.module.ModuleRegistry;
import org.dyad.core.module.Permissions;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;
import org.springframework.stereotype.Component;

/**
 * Admits a plugin route only when its module is started and enabled for the user's clinic and the user holds the
 * page's permission; otherwise reroutes to {@link ModuleUnavailableView}. Views are not the security boundary: the
 * plugin's services check permissions too.
 */
@Component
class PluginAccessCheck implements BeforeEnterListener {

    private final ModuleRegistry registry;
    private final Permissions permissions;

    PluginAccessCheck(ModuleRegistry registry, Permissions permissions) {
        this.registry = registry;
        this.permissions = permissions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        Optional<DyadUser> user = CurrentUsers.current();
        if (isPluginView(target) && !admits(target, user)) {
            event.rerouteTo(unavailableView(user));
        }
    }

    /** The "not enabled" page inside the user's own workspace. */
    static Class<? extends com.vaadin.flow.component.Component> unavailableView(Optional<DyadUser> user) {
        return switch (user.map(DyadUser::role).orElse(Role.PLATFORM_ADMIN)) {
            case CLINIC_ADMIN, CONSULTANT, FRONT_DESK -> StaffModuleUnavailableView.class;
            case PARENT -> PortalModuleUnavailableView.class;
            case PLATFORM_ADMIN -> ModuleUnavailableView.class;
        };
    }

    /** Whether the class was loaded by a plugin (started or not). */
    boolean isPluginView(Class<?> type) {
        return type.getClassLoader() instanceof org.pf4j.PluginClassLoader;
    }

    /** Whether the user may open the plugin view now: its module is started and enabled for the clinic, permission held. */
    boolean admits(Class<?> target, Optional<DyadUser> user) {
        Optional<ActiveModule> module = registry.owning(target);
        Optional<String> permission = module.flatMap(m -> requiredPermission(m, target));
        return user.isPresent() && permission.isPresent() && permissions.has(user.get(), permission.get());
    }

    private static Optional<String> requiredPermission(ActiveModule module, Class<?> target) {
        return Stream.concat(
                module.extensions(StaffPage.class).stream().filter(p -> p.viewClass() == target).map(StaffPage::requiredPermission),
                module.extensions(PortalPage.class).stream().filter(p -> p.viewClass() == target).map(PortalPage::requiredPermission))
                .findFirst();
    }
}
