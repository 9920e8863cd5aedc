package org.dyad.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.dyad.api.PluginContext;
import org.dyad.core.module.ActiveModule;
import org.dyad.core.module.Contributions;
import org.dyad.core.module.ModuleEnablement;
import org.dyad.core.module.ModuleInfo;
import org.dyad.core.module.ModuleRegistry;
import org.dyad.core.module.PluginHost;
import org.dyad.core.security.DyadUser;
import org.jooq.DSLContext;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The running platform of one test class (see {@link DyadPluginTest}): the host with the plugin under test loaded from
 * a real jar, a throwaway schema, and the fixture — {@link #clinicA()} and {@link #clinicB()}, each with a clinic admin,
 * a consultant, front desk and two parents with a client and a baby, plus a {@link #platformAdmin()}. The plugin starts
 * enabled for both clinics.
 *
 * <p>Act as a user with {@link #as(DyadUser, Supplier)} / {@link #as(DyadUser, Runnable)} (for a block) or
 * {@link #actAs(DyadUser)} (until the test ends): the host's services and the plugin's {@link PluginContext} then see
 * that user, exactly as in a request. Use {@link #context()} to build your plugin's own service classes on the real
 * context: {@code new NoteService(kit.context())}.
 */
public final class TestKit implements AutoCloseable {

    private final TestDatabase database;
    private final String schema;
    private final Path pluginsDir;
    private final String pluginId;
    private final ConfigurableApplicationContext spring;
    private final TestClinic clinicA;
    private final TestClinic clinicB;
    private final DyadUser platformAdmin;

    private TestKit(TestDatabase database, String schema, Path pluginsDir, String pluginId,
                    ConfigurableApplicationContext spring) {
        this.database = database;
        this.schema = schema;
        this.pluginsDir = pluginsDir;
        this.pluginId = pluginId;
        this.spring = spring;
        Fixtures fixtures = new Fixtures(spring);
        this.clinicA = fixtures.clinic("a");
        this.clinicB = fixtures.clinic("b");
        this.platformAdmin = fixtures.platformAdmin();
    }

    static TestKit start(DyadPluginTest settings) {
        Path moduleDir = moduleDir(settings);
        TestDatabase database = TestDatabase.get();
        String schema = database.createSchema();
        try {
            Path pluginsDir = Files.createTempDirectory("dyad-plugins-");
            PluginJars.place(moduleDir, pluginsDir);
            for (String other : settings.alsoLoad()) {
                PluginJars.place(moduleDir.resolve(other).normalize(), pluginsDir);
            }
            Path classes = PluginJars.classesOf(moduleDir);
            settings.prepare().getDeclaredConstructor().newInstance().prepare(pluginsDir, classes);
            TestKit kit = new TestKit(database, schema, pluginsDir, pluginIdOf(classes), spring(database, schema, pluginsDir));
            kit.enableForBothClinics();
            return kit;
        } catch (IOException e) {
            database.dropSchema(schema);
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException | RuntimeException e) {
            database.dropSchema(schema);
            throw new IllegalStateException("The test kit could not start: " + e.getMessage(), e);
        }
    }

    /** The id of the plugin under test. */
    public String pluginId() {
        return pluginId;
    }

    public TestClinic clinicA() {
        return clinicA;
    }

    public TestClinic clinicB() {
        return clinicB;
    }

    public DyadUser platformAdmin() {
        return platformAdmin;
    }

    /** Runs the work as the user (restoring the previous user afterwards) and returns its result. */
    public static <T> T as(DyadUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(user));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs the work as the user (restoring the previous user afterwards). */
    public static void as(DyadUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    /** Acts as the user until the end of the current test (the extension clears it after each test). */
    public void actAs(DyadUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(user));
        SecurityContextHolder.setContext(context);
    }

    /** The plugin under test as the host runs it; fails with the host's reason when it is not started. */
    public ActiveModule module() {
        return bean(ModuleRegistry.class).find(pluginId).orElseThrow(() -> new AssertionError(
                "Plugin '" + pluginId + "' is not started: " + moduleInfo(pluginId)));
    }

    /** The {@link PluginContext} the host gives the plugin under test (the real one). */
    public PluginContext context() {
        return module().context();
    }

    /** The plugin under test's extensions of an SDK extension point, as the host created them. */
    public <T> List<T> extensions(Class<T> extensionPoint) {
        return module().extensions(extensionPoint);
    }

    /** What the host's admin pages show about a plugin (status, failure reason …). */
    public ModuleInfo moduleInfo(String id) {
        return host().modules().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("No plugin '" + id + "' installed; installed: " + host().modules()));
    }

    /** Enables the plugin under test for the clinic, as its admin. */
    public void enable(TestClinic clinic) {
        as(clinic.admin(), () -> enablement().enable(clinic.admin(), pluginId));
    }

    /** Disables the plugin under test for the clinic, as its admin. Its data stays. */
    public void disable(TestClinic clinic) {
        as(clinic.admin(), () -> enablement().disable(clinic.admin(), pluginId));
    }

    public PluginHost host() {
        return bean(PluginHost.class);
    }

    public ModuleEnablement enablement() {
        return bean(ModuleEnablement.class);
    }

    /** What host screens would show a user: menus, tabs, cards. */
    public Contributions contributions() {
        return bean(Contributions.class);
    }

    /** The host's unscoped jOOQ context, for assertions on the database (plugins never get this). */
    public DSLContext dsl() {
        return bean(DSLContext.class);
    }

    /** Any bean of the host (e.g. {@code ClientService}). */
    public <T> T bean(Class<T> type) {
        return spring.getBean(type);
    }

    /** The folder the host loads plugins from. */
    public Path pluginsDir() {
        return pluginsDir;
    }

    /** The plugin's tables: every table whose name starts with its prefix ({@code -} as {@code _}) and {@code _}. */
    public List<String> pluginTables() {
        return PluginTables.of(dsl(), pluginId);
    }

    /** Stops the host and drops the schema. */
    @Override
    public void close() {
        try {
            spring.close();
        } finally {
            database.dropSchema(schema);
        }
    }

    private void enableForBothClinics() {
        if (bean(ModuleRegistry.class).find(pluginId).isPresent()) {
            enable(clinicA);
            enable(clinicB);
        }
    }

    private static UsernamePasswordAuthenticationToken authentication(DyadUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
    }

    private static Path moduleDir(DyadPluginTest settings) {
        String configured = !settings.pluginDir().isEmpty() ? settings.pluginDir()
                : System.getProperty("dyad.testkit.plugin.dir", "");
        return (configured.isEmpty() ? Path.of("") : Path.of(configured)).toAbsolutePath().normalize();
    }

    private static String pluginIdOf(Path classes) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(classes.resolve("plugin.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("plugin.id");
    }

    private static ConfigurableApplicationContext spring(TestDatabase database, String schema, Path pluginsDir) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.url(schema));
        properties.put("spring.datasource.username", TestDatabase.USER);
        properties.put("spring.datasource.password", TestDatabase.PASSWORD);
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("spring.flyway.locations", "classpath:db/migration/core");
        properties.put("spring.flyway.table", "flyway_core_history");
        properties.put("spring.jooq.sql-dialect", "MARIADB");
        properties.put("dyad.plugins.dir", pluginsDir.toString());
        properties.put("dyad.plugins.mode", "deployment");
        properties.put("logging.level.org.jooq.Constants", "warn");
        return new SpringApplicationBuilder(TestKitConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .properties(properties)
                .run();
    }

}
