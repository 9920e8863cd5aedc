package org.dyad.web.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.web.Browser;
import org.dyad.web.DyadApplication;
import org.dyad.web.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port over its own fresh MariaDB database with the demo data (both clinics enable every
 * module), and a real plugins folder holding the built jar of every plugin under {@code plugins/} (deployment mode).
 * <p>
 * Subclasses must not change the configuration (no {@code @Import}, {@code @MockitoBean}, properties): then Spring
 * caches one context for every plugin journey. Tests that change module state must put it back.
 */
@SpringBootTest(classes = DyadApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PluginAppTestBase {

    private static volatile int port;

    /** One headless Chromium (with the axe helpers) for each test class, started before and closed after it. */
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @DynamicPropertySource
    static void pluginApp(DynamicPropertyRegistry registry) throws IOException {
        String url = TestDatabase.freshDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("dyad.demo-data", () -> "true");
        registry.add("dyad.demo.example-module", () -> "true");
        Path plugins = Files.createTempDirectory("dyad-plugins");
        for (Path jar : builtPluginJars()) {
            Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        registry.add("dyad.plugins.dir", plugins::toString);
        registry.add("dyad.plugins.mode", () -> "deployment");
    }

    @Autowired
    void rememberPort(@Value("${local.server.port}") int localPort) {
        port = localPort;
    }

    /**
     * The app's base URL with a trailing slash, e.g. {@code http://localhost:41234/}; available once a test instance
     * was created (in test methods, not in {@code @BeforeAll}).
     */
    protected static String base() {
        if (port == 0) {
            throw new IllegalStateException("The app has not started yet");
        }
        return "http://localhost:" + port + "/";
    }

    /** The repository root (tests run in {@code web-ui/}). */
    public static Path repoRoot() {
        return Paths.get(System.getProperty("dyad.repo.root", "..")).toAbsolutePath().normalize();
    }

    /**
     * The plugin jars the build produced: {@code plugins/<artifactId>/target/<artifactId>-<version>.jar}, without
     * shade originals, sources, javadoc or test jars.
     *
     * @throws IllegalStateException when no plugin has been packaged yet
     */
    public static List<Path> builtPluginJars() throws IOException {
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(repoRoot().resolve("plugins"))) {
            for (Path dir : dirs.filter(d -> Files.isDirectory(d.resolve("target"))).sorted().toList()) {
                jars.addAll(jarsOf(dir));
            }
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("No plugin jars under " + repoRoot().resolve("plugins")
                    + "/*/target: package the plugins first (./mvnw -pl plugins -amd package -DskipTests)");
        }
        return jars;
    }

    private static List<Path> jarsOf(Path pluginDir) throws IOException {
        String artifactId = pluginDir.getFileName().toString();
        try (Stream<Path> files = Files.list(pluginDir.resolve("target"))) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(artifactId + "-") && name.endsWith(".jar") && !name.startsWith("original-")
                        && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar") && !name.endsWith("-tests.jar");
            }).sorted().toList();
        }
    }
}
