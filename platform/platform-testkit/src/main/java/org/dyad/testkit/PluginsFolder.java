package org.dyad.testkit;

import java.nio.file.Path;

/**
 * Prepares the test's plugins folder before the host loads it; named in {@link DyadPluginTest#prepare()}. Needs a
 * public no-argument constructor.
 */
public interface PluginsFolder {

    /**
     * @param pluginsDir the folder the host will load, already holding the jar of the plugin under test
     * @param classesDir the plugin under test's {@code target/classes}, to build variants of it with {@link PluginJar}
     */
    void prepare(Path pluginsDir, Path classesDir);

    /** Leaves the folder as it is. */
    final class AsIs implements PluginsFolder {
        @Override
        public void prepare(Path pluginsDir, Path classesDir) {
        }
    }
}
