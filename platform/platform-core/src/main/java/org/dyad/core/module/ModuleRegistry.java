package org.dyad.core.module;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.api.Permission;
import org.springframework.stereotype.Component;

/**
 * The snapshot of started modules that requests read. Only {@link PluginHost}'s worker thread replaces it; readers
 * never lock and always see a complete snapshot.
 */
@Component
public class ModuleRegistry {

    private volatile Map<String, ActiveModule> active = Map.of();
    private volatile Map<String, Owned> permissions = Map.of();

    /** A declared permission and the module that declared it. */
    record Owned(String moduleId, Permission permission) {
    }

    /** Started modules, in start order. */
    public List<ActiveModule> active() {
        return List.copyOf(active.values());
    }

    public Optional<ActiveModule> find(String moduleId) {
        return Optional.ofNullable(active.get(moduleId));
    }

    /** The started module whose plugin class loader loaded the class, if any. */
    public Optional<ActiveModule> owning(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return active.values().stream().filter(m -> m.classLoader() == loader).findFirst();
    }

    Optional<Owned> permission(String permissionId) {
        return Optional.ofNullable(permissions.get(permissionId));
    }

    synchronized void put(ActiveModule module) {
        Map<String, ActiveModule> next = new LinkedHashMap<>(active);
        next.put(module.id(), module);
        replace(next);
    }

    synchronized void remove(String moduleId) {
        Map<String, ActiveModule> next = new LinkedHashMap<>(active);
        next.remove(moduleId);
        replace(next);
    }

    private void replace(Map<String, ActiveModule> next) {
        Map<String, Owned> perms = new LinkedHashMap<>();
        next.values().forEach(m -> m.permissions().forEach(p -> perms.putIfAbsent(p.id(), new Owned(m.id(), p))));
        permissions = Map.copyOf(perms);
        active = java.util.Collections.unmodifiableMap(next);
    }
}
