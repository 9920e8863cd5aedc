package org.dyad.testkit;

import java.io.IOException;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Writes real plugin jars, for tests of the host: a descriptor in the manifest (and optionally as
 * {@code plugin.properties}), classes copied from a folder, any extra entries. Also writes deliberately broken jars.
 *
 * <pre>{@code
 * PluginJar.of("broken-requires").version("1.0.0").requires(">=9.0.0").classesFrom(classes).writeTo(dir);
 * }</pre>
 */
public final class PluginJar {

    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private Path classes;

    private PluginJar(String id) {
        manifest.put("Plugin-Id", id);
        manifest.put("Plugin-Version", "1.0.0");
        manifest.put("Plugin-Class", "org.pf4j.Plugin");
        manifest.put("Plugin-Requires", ">=1.0.0 & <2.0.0");
    }

    /** A jar for the plugin id, version 1.0.0, requiring {@code >=1.0.0 & <2.0.0}, with PF4J's plain plugin class. */
    public static PluginJar of(String id) {
        return new PluginJar(id);
    }

    /** A jar with exactly the manifest entries and files of an existing plugin's {@code target/classes}. */
    public static PluginJar fromClasses(Path classesDir) {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newInputStream(classesDir.resolve("plugin.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("No plugin.properties in " + classesDir + ": compile the plugin first", e);
        }
        PluginJar jar = of(p.getProperty("plugin.id")).version(p.getProperty("plugin.version"))
                .requires(p.getProperty("plugin.requires", "")).pluginClass(p.getProperty("plugin.class"))
                .dependencies(p.getProperty("plugin.dependencies", ""));
        jar.manifest.put("Plugin-Provider", p.getProperty("plugin.provider", ""));
        return jar.classesFrom(classesDir);
    }

    public PluginJar version(String version) {
        manifest.put("Plugin-Version", version);
        return this;
    }

    public PluginJar requires(String requires) {
        manifest.put("Plugin-Requires", requires);
        return this;
    }

    /** Comma-separated plugin ids, as in PF4J's {@code Plugin-Dependencies}. */
    public PluginJar dependencies(String dependencies) {
        manifest.put("Plugin-Dependencies", dependencies);
        return this;
    }

    public PluginJar pluginClass(String className) {
        manifest.put("Plugin-Class", className);
        return this;
    }

    /** Copies every file below the folder into the jar (classes, {@code META-INF/extensions.idx}, resources). */
    public PluginJar classesFrom(Path dir) {
        this.classes = dir;
        return this;
    }

    /** Adds or replaces one file. */
    public PluginJar entry(String name, String content) {
        entries.put(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return this;
    }

    /** Adds or replaces one file with binary content (e.g. a compiled class). */
    public PluginJar entry(String name, byte[] content) {
        entries.put(name, content.clone());
        return this;
    }

    /** Leaves out the descriptor entirely: no Plugin-* manifest attributes (and no plugin.properties). */
    public PluginJar withoutDescriptor() {
        manifest.clear();
        entries.remove("plugin.properties");
        return this;
    }

    /** Writes {@code <dir>/<id>-<version>.jar} (or {@code no-descriptor.jar}) and returns its path. */
    public Path writeTo(Path dir) {
        String name = manifest.isEmpty() ? "no-descriptor.jar"
                : manifest.get("Plugin-Id") + "-" + manifest.get("Plugin-Version") + ".jar";
        Path file = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest())) {
            if (classes != null) {
                copyTree(out);
            }
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(out, e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes a file named like a jar whose content is not a zip file. */
    public static Path corrupt(Path dir, String fileName) {
        try {
            return Files.write(dir.resolve(fileName), "this is not a zip file".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Manifest manifest() {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((k, v) -> m.getMainAttributes().putValue(k, v));
        return m;
    }

    private void copyTree(JarOutputStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String name = classes.relativize(f).toString().replace('\\', '/');
            // The manifest is the descriptor: a copied plugin.properties would override what the builder set.
            boolean skipped = name.equals("META-INF/MANIFEST.MF") || name.equals("plugin.properties")
                    || entries.containsKey(name);
            if (!skipped) {
                put(out, name, Files.readAllBytes(f));
            }
        }
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

}
