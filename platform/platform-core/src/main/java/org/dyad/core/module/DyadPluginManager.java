package org.dyad.core.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.jar.Manifest;
import java.io.InputStream;
import org.dyad.api.SdkVersion;
import org.pf4j.BasePluginRepository;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DevelopmentPluginLoader;
import org.pf4j.ExtensionFactory;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginRepository;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginState;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.pf4j.PropertiesPluginDescriptorFinder;
import org.pf4j.RuntimeMode;

/**
 * PF4J configured for Dyad: plugin layout by {@link PluginsConfig}, the host's extension factory, the SDK version as
 * system version, and a readable {@link PluginFailure} for every plugin that cannot be loaded. Not thread-safe: only
 * {@link PluginHost}'s single worker thread touches it.
 */
final class DyadPluginManager extends DefaultPluginManager {

    static final String DEV_DESCRIPTOR = "target/classes/plugin.properties";

    /** PF4J calls the create methods from its constructor, before this class's fields are set. */
    private static final ThreadLocal<Setup> SETUP = new ThreadLocal<>();

    private final Setup setup;
    private final Map<String, PluginFailure> failures = new ConcurrentHashMap<>();

    private record Setup(PluginsConfig config, ExtensionFactory extensionFactory) {
    }

    private DyadPluginManager(Setup setup) {
        super(setup.config().dir());
        this.setup = setup;
        setSystemVersion(SdkVersion.current());
        resolveRecoveryStrategy = ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE;
    }

    static DyadPluginManager create(PluginsConfig config, ExtensionFactory extensionFactory) {
        SETUP.set(new Setup(config, extensionFactory));
        try {
            return new DyadPluginManager(SETUP.get());
        } finally {
            SETUP.remove();
        }
    }

    private Setup setup() {
        return setup != null ? setup : SETUP.get();
    }

    /** Failures keyed by plugin id (or file name); cleared for a plugin when it loads again. */
    Map<String, PluginFailure> failures() {
        return failures;
    }

    void fail(String key, String reason) {
        failures.put(key, new PluginFailure(key, reason));
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        if (runtimeMode == null) {
            runtimeMode = setup().config().mode();
        }
        return runtimeMode;
    }

    @Override
    protected PluginRepository createPluginRepository() {
        if (setup().config().development()) {
            return new BasePluginRepository(pluginsRoots,
                    file -> file.isDirectory() && file.toPath().resolve(DEV_DESCRIPTOR).toFile().isFile());
        }
        return new JarPluginRepository(pluginsRoots);
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return descriptorFinder(setup().config().development());
    }

    static PluginDescriptorFinder descriptorFinder(boolean development) {
        if (development) {
            return new PropertiesPluginDescriptorFinder(DEV_DESCRIPTOR);
        }
        return new CompoundPluginDescriptorFinder()
                .add(new PropertiesPluginDescriptorFinder())
                .add(new ManifestPluginDescriptorFinder());
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return setup().config().development() ? new DevelopmentPluginLoader(this) : new JarPluginLoader(this);
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return setup().extensionFactory();
    }

    /** Platform-wide start/stop is the host's business (table plugin_state), not PF4J's enabled.txt. */
    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        return new PluginStatusProvider() {
            @Override
            public boolean isPluginDisabled(String pluginId) {
                return false;
            }

            @Override
            public void disablePlugin(String pluginId) {
            }

            @Override
            public void enablePlugin(String pluginId) {
            }
        };
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        String file = pluginPath.getFileName().toString();
        try {
            requireReadableJar(pluginPath);
            PluginWrapper wrapper = super.loadPluginFromPath(pluginPath);
            failures.remove(file);
            failures.remove(wrapper.getPluginId());
            checkRequires(wrapper);
            return wrapper;
        } catch (RuntimeException e) {
            failures.putIfAbsent(file, new PluginFailure(file, PluginFailureReasons.ofLoad(file, e)));
            throw e;
        }
    }

    private void checkRequires(PluginWrapper wrapper) {
        if (wrapper.getPluginState() == PluginState.DISABLED) {
            fail(wrapper.getPluginId(), PluginFailureReasons.requires(wrapper.getDescriptor().getRequires(), getSystemVersion()));
        }
    }

    private static void requireReadableJar(Path path) {
        if (Files.isDirectory(path)) {
            return;
        }
        String file = path.getFileName().toString();
        boolean hasDescriptor;
        try (ZipFile zip = new ZipFile(path.toFile())) {
            hasDescriptor = zip.getEntry("plugin.properties") != null || manifestNamesPlugin(zip);
        } catch (IOException e) {
            throw new PluginFailureReasons.BadJarException(PluginFailureReasons.corruptJar(file), e);
        }
        if (!hasDescriptor) {
            throw new PluginFailureReasons.BadJarException(PluginFailureReasons.noDescriptor(file), null);
        }
    }

    private static boolean manifestNamesPlugin(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("META-INF/MANIFEST.MF");
        if (entry == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new Manifest(in).getMainAttributes().getValue("Plugin-Id") != null;
        }
    }

    /** PF4J unloads a plugin whose dependency is missing; record which dependency it was. */
    @Override
    protected void resolvePlugins() {
        Set<String> before = Set.copyOf(plugins.keySet());
        Map<String, String> missing = missingDependencies();
        super.resolvePlugins();
        for (String id : before) {
            if (!plugins.containsKey(id)) {
                fail(id, missing.containsKey(id) ? PluginFailureReasons.missingDependency(missing.get(id))
                        : "A plugin it depends on could not be loaded.");
            }
        }
    }

    private Map<String, String> missingDependencies() {
        return plugins.values().stream()
                .filter(p -> !missingOf(p).isEmpty())
                .collect(Collectors.toMap(PluginWrapper::getPluginId, this::missingOf));
    }

    private String missingOf(PluginWrapper plugin) {
        return plugin.getDescriptor().getDependencies().stream()
                .filter(d -> !d.isOptional() && !plugins.containsKey(d.getPluginId()))
                .map(PluginDependency::getPluginId)
                .collect(Collectors.joining(", "));
    }
}
