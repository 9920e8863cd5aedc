package org.dyad.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Puts a plugin module into a plugins folder as a real jar: the module's packaged {@code target/*.jar} when it is at
 * least as new as {@code target/classes}, else a jar assembled from {@code target/classes} (the case of the module's
 * own tests, which run before or without {@code package}). Private libraries in {@code target/lib} are not packed:
 * in tests they come from the test class path.
 */
final class PluginJars {

    private PluginJars() {
    }

    static Path classesOf(Path moduleDir) {
        Path classes = moduleDir.resolve("target/classes");
        if (!Files.isRegularFile(classes.resolve("plugin.properties"))) {
            throw new IllegalStateException("No " + classes.resolve("plugin.properties")
                    + ": compile the plugin module first (./mvnw verify -pl plugins/<id>), or point "
                    + "@DyadPluginTest(pluginDir=…) or -Ddyad.testkit.plugin.dir at it.");
        }
        return classes;
    }

    static Path place(Path moduleDir, Path pluginsDir) {
        Path classes = classesOf(moduleDir);
        Optional<Path> packaged = packagedJar(moduleDir).filter(jar -> newest(classes).compareTo(modified(jar)) <= 0);
        if (packaged.isPresent()) {
            return copy(packaged.get(), pluginsDir);
        }
        return PluginJar.fromClasses(classes).writeTo(pluginsDir);
    }

    private static Optional<Path> packagedJar(Path moduleDir) {
        try (Stream<Path> files = Files.list(moduleDir.resolve("target"))) {
            return files.filter(f -> f.toString().endsWith(".jar"))
                    .filter(f -> !f.getFileName().toString().matches("original-.*|.*-(sources|javadoc|tests)\\.jar"))
                    .max(Comparator.comparing(PluginJars::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileTime newest(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(PluginJars::modified).max(Comparator.naturalOrder())
                    .orElse(FileTime.fromMillis(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(Path jar, Path dir) {
        try {
            return Files.copy(jar, dir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
