package org.dyad.core.module;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.PlatformEvent;
import org.dyad.api.Role;
import org.dyad.api.extension.PlatformEventListener;
import org.dyad.core.audit.AuditService;
import org.dyad.core.clinic.Clinic;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.events.EventBus;
import org.dyad.core.security.DyadUser;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The plugin host. Every change to the PF4J manager (load, start, stop, install) runs on one worker thread, one at a
 * time; requests read the {@link ModuleRegistry} snapshot and {@link #modules()} without locking. Loads and starts the
 * plugins of {@code dyad.plugins.dir} when the application starts; a broken plugin is listed as failed with its reason
 * and never stops the application.
 */
@Component
public class PluginHost implements SmartLifecycle {

    private final PluginsConfig config;
    private final PluginRuntime runtime;
    private final PluginStates states;
    private final ModuleRegistry registry;
    private final ModuleEnablement enablement;
    private final AuditService audit;
    private final ClinicService clinics;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "dyad-plugins"));
    private volatile Thread workerThread;
    private volatile List<ModuleInfo> modules = List.of();
    private volatile boolean running;

    PluginHost(Environment environment, ContextServices services, PluginMigrations migrations, PluginStates states,
               ModuleRegistry registry, EventBus events) {
        this.config = PluginsConfig.from(environment);
        this.runtime = new PluginRuntime(config, services, migrations, registry);
        this.states = states;
        this.registry = registry;
        this.enablement = services.enablement();
        this.audit = services.audit();
        this.clinics = services.clinics();
        events.subscribe(this::deliver);
    }

    /** Every installed plugin, including failed ones, ordered by id. */
    public List<ModuleInfo> modules() {
        return modules;
    }

    /** Starts a stopped plugin on every node (platform administrators only; audited). */
    public void startPlugin(DyadUser admin, String pluginId) {
        requirePlatformAdmin(admin);
        onWorker(() -> {
            states.save(pluginId, true, null, admin);
            runtime.start(pluginId);
            audit.record(admin, null, "plugin.started", "plugin", null, null, pluginId);
            return changed();
        });
    }

    /** Stops a plugin on every node: its pages, tabs and cards disappear; its data stays (platform administrators only). */
    public void stopPlugin(DyadUser admin, String pluginId) {
        requirePlatformAdmin(admin);
        onWorker(() -> {
            states.save(pluginId, false, null, admin);
            runtime.stop(pluginId);
            audit.record(admin, null, "plugin.stopped", "plugin", null, null, pluginId);
            return changed();
        });
    }

    /**
     * Installs (or replaces) a plugin from an uploaded jar: verified to be a readable jar with a descriptor whose
     * {@code Plugin-Requires} this platform satisfies before anything is loaded; then loaded and started.
     *
     * @throws org.dyad.api.ValidationException with a message for the administrator when the jar is refused
     */
    public InstallResult install(DyadUser admin, String fileName, InputStream content) {
        requirePlatformAdmin(admin);
        PluginUpload upload = PluginUpload.receive(config, fileName, content);
        return onWorker(() -> {
            InstallResult result = new PluginInstaller(config, runtime).install(upload);
            states.save(result.pluginId(), true, result.sha256(), admin);
            runtime.start(result.pluginId());
            audit.record(admin, null, "plugin.installed", "plugin", null, null,
                    result.pluginId() + " " + result.version() + " sha256=" + result.sha256());
            changed();
            return result;
        });
    }

    /**
     * Adds a listener and tells it at once about every module already started, so that nothing is missed whichever
     * starts first.
     */
    public void addListener(ModuleListener listener) {
        onWorker(() -> {
            runtime.listeners.add(listener);
            registry.active().forEach(m -> Guard.run(m.id(), "module listener", () -> listener.started(m)));
            return null;
        });
    }

    /**
     * Creates an object of a plugin class (a view) the SDK's way: with its module's context or no arguments, never
     * with host beans.
     *
     * @throws IllegalArgumentException when the class does not belong to a started plugin
     */
    public <T> T create(Class<T> type) {
        ActiveModule module = registry.owning(type)
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " does not belong to a started plugin."));
        return PluginObjects.create(type, module.context());
    }

    /**
     * The id of the started plugin whose class loader loaded the class, so that a failure of plugin code can be
     * reported under the plugin's id rather than a class name; empty for host classes and stopped plugins.
     */
    public Optional<String> pluginIdOf(Class<?> type) {
        return registry.owning(type).map(ActiveModule::id);
    }

    /** Whether the class was loaded by a plugin's class loader (started or not). */
    public boolean isPluginClass(Class<?> type) {
        return type.getClassLoader() instanceof org.pf4j.PluginClassLoader;
    }

    @Override
    public void start() {
        onWorker(() -> {
            for (String id : runtime.loadAll()) {
                if (states.shouldRun(id)) {
                    runtime.start(id);
                }
            }
            return changed();
        });
        running = true;
    }

    @Override
    public void stop() {
        onWorker(() -> {
            runtime.stopAll();
            runtime.manager().unloadPlugins();
            return null;
        });
        worker.shutdown();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (default phase) starts taking requests. */
    @Override
    public int getPhase() {
        return 0;
    }

    private Object changed() {
        modules = ModuleInfos.of(runtime.manager(), registry, states);
        for (Clinic clinic : clinics.all()) {
            enablement.announce(clinic.id());
        }
        return null;
    }

    private void deliver(PlatformEvent event) {
        for (ActiveModule module : registry.active()) {
            if (concerns(event, module)) {
                for (PlatformEventListener listener : module.extensions(PlatformEventListener.class)) {
                    Guard.run(module.id(), "onEvent", () -> listener.onEvent(event));
                }
            }
        }
    }

    private boolean concerns(PlatformEvent event, ActiveModule module) {
        return switch (event) {
            case PlatformEvent.ModuleEnabled e -> true;
            case PlatformEvent.ModuleDisabled e -> true;
            default -> enablement.isEnabled(event.clinicId(), module.id());
        };
    }

    private <T> T onWorker(Callable<T> work) {
        try {
            if (Thread.currentThread() == workerThread) {
                return work.call();
            }
            Future<T> future = worker.submit(() -> {
                workerThread = Thread.currentThread();
                return work.call();
            });
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the plugin host", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requirePlatformAdmin(DyadUser user) {
        if (user.role() != Role.PLATFORM_ADMIN) {
            throw new AccessDeniedException("Only a platform administrator can install, start or stop plugins.");
        }
    }
}
