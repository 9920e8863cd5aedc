package org.dyad.plugins.breathing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dyad.testkit.PluginJar;
import org.dyad.testkit.PluginsFolder;

/**
 * Puts the session-log plugin into the test's plugins folder as a jar built once per test run from a settled, complete
 * copy of its {@code target/classes} — never from its packaged jar or its classes while another build rewrites them.
 * <p>
 * A copy counts as settled when no file changed during the copy nor in the second before it, and as complete when it
 * holds the descriptor, every class named in the extension index and a class for every top-level source file. Until
 * then it waits (polling) for at most {@link #SETTLE_TIMEOUT}, then fails saying why.
 */
public final class SessionLogJar implements PluginsFolder {

    /** The session-log module, next to this one (Maven runs the tests in the plugin's own folder). */
    static final Path MODULE = Path.of("..", "session-log").toAbsolutePath().normalize();
    static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(2);

    private static final Path CLASSES = MODULE.resolve("target/classes");
    private static final Duration QUIET = Duration.ofSeconds(1);
    private static Path built;

    /** Whether session-log has been compiled at all; the tests that need it are skipped otherwise. */
    public static boolean compiled() {
        return Files.isRegularFile(CLASSES.resolve("plugin.properties"));
    }

    @Override
    public void prepare(Path pluginsDir, Path classesDir) {
        Path jar = jar();
        try {
            Files.copy(jar, pluginsDir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path jar() {
        if (built == null) {
            try {
                built = PluginJar.fromClasses(settledCopy()).writeTo(Files.createTempDirectory("session-log-jar-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    private static Path settledCopy() {
        Instant deadline = Instant.now().plus(SETTLE_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> copy = tryCopy();
            if (copy.isPresent()) {
                return copy.get();
            }
            pause();
        }
        throw new IllegalStateException(CLASSES + " did not settle into a complete build within " + SETTLE_TIMEOUT
                + ": is session-log being rebuilt, or does it fail to compile?");
    }

    private static Optional<Path> tryCopy() {
        try {
            FileTime before = newest(CLASSES);
            if (before.toInstant().isAfter(Instant.now().minus(QUIET))) {
                return Optional.empty();
            }
            Path copy = Files.createTempDirectory("session-log-classes-");
            copyTree(CLASSES, copy);
            boolean unchanged = newest(CLASSES).equals(before);
            return unchanged && complete(copy) ? Optional.of(copy) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static boolean complete(Path classes) throws IOException {
        Path index = classes.resolve("META-INF/extensions.idx");
        if (!Files.isRegularFile(classes.resolve("plugin.properties")) || !Files.isRegularFile(index)) {
            return false;
        }
        boolean extensions = Files.readAllLines(index).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .allMatch(name -> Files.isRegularFile(classes.resolve(name.replace('.', '/') + ".class")));
        return extensions && expectedClasses().stream().allMatch(c -> Files.isRegularFile(classes.resolve(c)));
    }

    /** {@code org/…/Foo.class} for every {@code org/…/Foo.java} of session-log, package-info aside. */
    private static List<String> expectedClasses() throws IOException {
        Path sources = MODULE.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .map(f -> sources.relativize(f).toString().replace('\\', '/').replaceAll("\\.java$", ".class"))
                    .toList();
        }
    }

    private static FileTime newest(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(SessionLogJar::modified).max(Comparator.naturalOrder()).orElse(FileTime.fromMillis(0));
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for session-log's classes", e);
        }
    }
}
