package org.dyad.plugins.education;

import java.util.Optional;
import org.dyad.api.Navigation;

/**
 * Resolves an article's link to another module ({@code [Try it](module:breathing-coach/)}) to a page URL, or to
 * nothing when that module is not enabled for the clinic — then the renderer drops the link altogether.
 */
@FunctionalInterface
interface ModuleLinks {

    String SCHEME = "module:";

    Optional<String> resolve(String moduleId, String path);

    /** Links that open the module's portal page, as long as the module is enabled for the current clinic. */
    static ModuleLinks portal(Navigation navigation) {
        return (moduleId, path) -> navigation.isEnabled(moduleId)
                ? navigation.pageUrl(moduleId, Navigation.Surface.PORTAL, path)
                : Optional.empty();
    }

    /** No module is available: every module link is dropped. */
    static ModuleLinks none() {
        return (moduleId, path) -> Optional.empty();
    }
}
