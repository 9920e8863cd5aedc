package org.dyad.core.module;

import java.util.Set;
import org.dyad.core.security.DyadUser;
import org.springframework.stereotype.Component;

/**
 * Whether a user holds a module permission: the module is started and enabled for the user's clinic, and the user's
 * role is among the permission's default roles. (Per-clinic role mappings are not implemented yet.)
 */
@Component
public class Permissions {

    private final ModuleRegistry registry;
    private final ModuleEnablement enablement;

    Permissions(ModuleRegistry registry, ModuleEnablement enablement) {
        this.registry = registry;
        this.enablement = enablement;
    }

    public boolean has(DyadUser user, String permissionId) {
        return registry.permission(permissionId)
                .filter(owned -> user.clinicId() != null && enablement.isAvailable(user.clinicId(), owned.moduleId()))
                .filter(owned -> owned.permission().defaultRoles().contains(user.role()))
                .isPresent();
    }

    /** Like {@link #has} with the clinic's available modules already known (saves a query per menu piece). */
    boolean has(DyadUser user, String permissionId, Set<String> availableModules) {
        return registry.permission(permissionId)
                .filter(owned -> availableModules.contains(owned.moduleId()))
                .filter(owned -> owned.permission().defaultRoles().contains(user.role()))
                .isPresent();
    }
}
