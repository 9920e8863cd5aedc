package org.dyad.web.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.dyad.web.DyadApplication;
import org.dyad.web.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port over a fresh MariaDB database with the demo data (both clinics enable every module)
 * and every packaged plugin jar. Subclasses keep the configuration unchanged so that Spring shares one context.
 */
@SpringBootTest(classes = DyadApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ReliabilityAppBase {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) throws IOException {
        String url = TestDatabase.fresh("dyad_rel");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("dyad.demo-data", () -> "true");
        registry.add("dyad.demo.example-module", () -> "true");
        Path plugins = Files.createTempDirectory("dyad-plugins");
        for (Path jar : pluginJars()) {
            Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        registry.add("dyad.plugins.dir", plugins::toString);
        registry.add("dyad.plugins.mode", () -> "deployment");
    }

    String base() {
        return "http://localhost:" + port + "/";
    }

    DyadUser user(String username) {
        return AccountService.toUser(accounts.findByUsername(username).orElseThrow());
    }

    /** Makes the user the signed-in user of this thread, as a request would (module code reads it from here). */
    static void signIn(DyadUser user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + user.role().name()))));
    }

    static Path repoRoot() {
        return Paths.get(System.getProperty("dyad.repo.root", "..")).toAbsolutePath().normalize();
    }

    /** {@code plugins/<id>/target/<id>-<version>.jar} of every packaged plugin (no shade originals). */
    static List<Path> pluginJars() throws IOException {
        try (Stream<Path> dirs = Files.list(repoRoot().resolve("plugins"))) {
            List<Path> jars = dirs.filter(d -> Files.isDirectory(d.resolve("target"))).sorted()
                    .flatMap(ReliabilityAppBase::jarsOf).toList();
            if (jars.isEmpty()) {
                throw new IllegalStateException("No plugin jars: package the plugins first (./mvnw -pl plugins -amd package -DskipTests)");
            }
            return jars;
        }
    }

    private static Stream<Path> jarsOf(Path dir) {
        String id = dir.getFileName().toString();
        try (Stream<Path> files = Files.list(dir.resolve("target"))) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(id + "-") && n.endsWith(".jar") && !n.endsWith("-sources.jar")
                        && !n.endsWith("-javadoc.jar") && !n.endsWith("-tests.jar");
            }).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
