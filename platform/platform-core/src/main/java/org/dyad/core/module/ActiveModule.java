package org.dyad.core.module;

import java.util.List;
import java.util.Map;
import org.dyad.api.Permission;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.DyadModule;

/**
 * A started plugin as the host uses it: its module, its context and its extensions, created once when it started.
 * Immutable; replaced as a whole when the plugin stops or starts again.
 *
 * @param classLoader the plugin's class loader; classes it loaded belong to this module
 */
public record ActiveModule(String id, String version, DyadModule module, PluginContext context,
                           ClassLoader classLoader, Map<Class<?>, List<?>> extensions) {

    public ActiveModule {
        extensions = Map.copyOf(extensions);
    }

    /** The module's extensions of one extension point type, in PF4J's order. */
    @SuppressWarnings("unchecked")
    public <T> List<T> extensions(Class<T> type) {
        return (List<T>) extensions.getOrDefault(type, List.of());
    }

    public List<Permission> permissions() {
        return Guard.call(id, "permissions", module::permissions).orElse(List.of());
    }
}
