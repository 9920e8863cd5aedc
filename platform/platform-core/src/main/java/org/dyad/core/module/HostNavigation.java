package org.dyad.core.module;

import java.util.Locale;
import java.util.Optional;
import org.dyad.api.Navigation;
import org.dyad.core.security.DyadUser;
import org.jspecify.annotations.Nullable;

/** Links to other modules that exist only while the target module is available to the user's clinic. */
record HostNavigation(@Nullable DyadUser user, ModuleEnablement enablement) implements Navigation {

    @Override
    public boolean isEnabled(String moduleId) {
        return user != null && user.clinicId() != null && enablement.isAvailable(user.clinicId(), moduleId);
    }

    @Override
    public Optional<String> pageUrl(String moduleId, Surface surface, String path) {
        if (!isEnabled(moduleId)) {
            return Optional.empty();
        }
        return Optional.of(ModuleRoutes.path(surface.name().toLowerCase(Locale.ROOT), moduleId, path));
    }
}
