package org.dyad.core.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.ClientDataHandler;
import org.dyad.api.extension.ClientTab;
import org.dyad.api.extension.DashboardCard;
import org.dyad.api.extension.DemoDataContributor;
import org.dyad.api.extension.DyadModule;
import org.dyad.api.extension.PlatformEventListener;
import org.dyad.api.extension.PortalCard;
import org.dyad.api.extension.PortalPage;
import org.dyad.api.extension.StaffPage;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PF4J manager and everything done with it. Used only on {@link PluginHost}'s worker thread, one change at a time.
 */
final class PluginRuntime {

    static final List<Class<?>> EXTENSION_POINTS = List.of(StaffPage.class, PortalPage.class, ClientTab.class,
            DashboardCard.class, PortalCard.class, ClientDataHandler.class, PlatformEventListener.class,
            DemoDataContributor.class);

    private static final Logger log = LoggerFactory.getLogger(PluginRuntime.class);

    private final DyadPluginManager manager;
    private final ContextServices services;
    private final PluginMigrations migrations;
    private final ModuleRegistry registry;
    private final Map<ClassLoader, PluginContext> contexts = new java.util.concurrent.ConcurrentHashMap<>();
    final List<ModuleListener> listeners = new CopyOnWriteArrayList<>();

    PluginRuntime(PluginsConfig config, ContextServices services, PluginMigrations migrations, ModuleRegistry registry) {
        this.services = services;
        this.migrations = migrations;
        this.registry = registry;
        this.manager = DyadPluginManager.create(config, new HostExtensionFactory(this::contextOf));
    }

    DyadPluginManager manager() {
        return manager;
    }

    /** Loads every plugin in the folder; returns the ids in dependency order. */
    List<String> loadAll() {
        manager.loadPlugins();
        return manager.getResolvedPlugins().stream().map(PluginWrapper::getPluginId).toList();
    }

    boolean isActive(String pluginId) {
        return registry.find(pluginId).isPresent();
    }

    /** Migrates, starts and activates the plugin; on any failure it is marked failed and stays inactive. */
    void start(String pluginId) {
        PluginWrapper wrapper = manager.getPlugin(pluginId);
        if (wrapper == null || wrapper.getPluginState() == PluginState.DISABLED || isActive(pluginId)) {
            return;
        }
        try {
            migrations.migrate(pluginId, wrapper.getPluginClassLoader());
        } catch (RuntimeException e) {
            log.error("Migrations of plugin '{}' failed", pluginId, e);
            manager.fail(pluginId, "Its database migrations failed: " + PluginFailureReasons.describe(e));
            return;
        }
        if (startPlugin(wrapper)) {
            activate(wrapper);
        }
    }

    private boolean startPlugin(PluginWrapper wrapper) {
        PluginState state;
        try {
            state = manager.startPlugin(wrapper.getPluginId());
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin '{}' failed to start", wrapper.getPluginId(), e);
            manager.fail(wrapper.getPluginId(), PluginFailureReasons.startFailed(e));
            return false;
        }
        if (state != PluginState.STARTED) {
            Throwable cause = wrapper.getFailedException();
            manager.fail(wrapper.getPluginId(), cause != null ? PluginFailureReasons.startFailed(cause)
                    : "The plugin did not start (state " + state + ").");
            return false;
        }
        return true;
    }

    private void activate(PluginWrapper wrapper) {
        String id = wrapper.getPluginId();
        try {
            ActiveModule module = build(wrapper);
            manager.failures().remove(id);
            registry.put(module);
            listeners.forEach(l -> Guard.run(id, "module listener", () -> l.started(module)));
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin '{}' could not be activated", id, e);
            manager.fail(id, PluginFailureReasons.startFailed(e));
            manager.stopPlugin(id);
        }
    }

    void stop(String pluginId) {
        registry.find(pluginId).ifPresent(m -> {
            listeners.forEach(l -> Guard.run(pluginId, "module listener", () -> l.stopping(m)));
            registry.remove(pluginId);
            contexts.remove(m.classLoader());
        });
        if (manager.getPlugin(pluginId) != null && manager.getPlugin(pluginId).getPluginState() == PluginState.STARTED) {
            manager.stopPlugin(pluginId);
        }
    }

    void stopAll() {
        List<String> ids = new ArrayList<>(registry.active().stream().map(ActiveModule::id).toList());
        java.util.Collections.reverse(ids);
        ids.forEach(this::stop);
    }

    private ActiveModule build(PluginWrapper wrapper) {
        String id = wrapper.getPluginId();
        List<DyadModule> modules = manager.getExtensions(DyadModule.class, id);
        if (modules.size() != 1) {
            throw new IllegalStateException("A plugin must provide exactly one DyadModule extension; it provides "
                    + modules.size() + ".");
        }
        DyadModule module = modules.getFirst();
        if (!id.equals(module.id())) {
            throw new IllegalStateException("The module's id '" + module.id() + "' differs from its plugin id '" + id + "'.");
        }
        Map<Class<?>, List<?>> extensions = new LinkedHashMap<>();
        for (Class<?> type : EXTENSION_POINTS) {
            extensions.put(type, List.copyOf(manager.getExtensions(type, id)));
        }
        return new ActiveModule(id, wrapper.getDescriptor().getVersion(), module, contextOf(wrapper.getPluginClassLoader(), id),
                wrapper.getPluginClassLoader(), extensions);
    }

    private PluginContext contextOf(Class<?> extensionClass) {
        PluginWrapper wrapper = manager.whichPlugin(extensionClass);
        if (wrapper == null) {
            throw new IllegalStateException(extensionClass.getName() + " does not belong to a plugin.");
        }
        return contextOf(wrapper.getPluginClassLoader(), wrapper.getPluginId());
    }

    private PluginContext contextOf(ClassLoader loader, String pluginId) {
        return contexts.computeIfAbsent(loader, l -> new HostPluginContext(pluginId, l, services,
                () -> registry.find(pluginId).map(m -> Guard.call(pluginId, "settings", m.module()::settings)
                        .orElse(List.of())).orElse(List.of())));
    }
}
