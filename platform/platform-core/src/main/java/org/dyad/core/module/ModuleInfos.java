package org.dyad.core.module;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;

/** Builds the administrators' list of installed plugins from the manager, the registry and the failures. */
final class ModuleInfos {

    private ModuleInfos() {
    }

    static List<ModuleInfo> of(DyadPluginManager manager, ModuleRegistry registry, PluginStates states) {
        List<ModuleInfo> infos = new ArrayList<>();
        for (PluginWrapper wrapper : manager.getPlugins()) {
            infos.add(info(wrapper.getDescriptor(), manager, registry, states));
        }
        manager.failures().values().stream()
                .filter(f -> manager.getPlugin(f.key()) == null)
                .forEach(f -> infos.add(new ModuleInfo(f.key(), f.key(), "", "", ModuleStatus.FAILED, f.reason(),
                        List.of(), null)));
        infos.sort(Comparator.comparing(ModuleInfo::id));
        return List.copyOf(infos);
    }

    private static ModuleInfo info(PluginDescriptor d, DyadPluginManager manager, ModuleRegistry registry,
                                   PluginStates states) {
        String id = d.getPluginId();
        PluginFailure failure = manager.failures().get(id);
        var active = registry.find(id);
        ModuleStatus status = active.isPresent() ? ModuleStatus.STARTED
                : failure != null ? ModuleStatus.FAILED : ModuleStatus.STOPPED;
        String name = active.map(ActiveModule::module).flatMap(m -> Guard.call(id, "name", m::name)).orElse(id);
        String description = active.map(ActiveModule::module).flatMap(m -> Guard.call(id, "description", m::description))
                .orElse(d.getPluginDescription() == null ? "" : d.getPluginDescription());
        List<String> dependencies = d.getDependencies().stream().map(PluginDependency::getPluginId).toList();
        return new ModuleInfo(id, name, d.getVersion(), description, status,
                status == ModuleStatus.FAILED ? failure.reason() : null, dependencies, states.checksum(id).orElse(null));
    }
}
