package org.dyad.core.module;

import java.nio.file.Path;
import org.pf4j.RuntimeMode;
import org.springframework.core.env.Environment;

/**
 * Where plugins live and how they are laid out: {@code development} loads {@code <dir>/<plugin>/target/classes} (and
 * {@code target/lib}), {@code deployment} loads the jars in {@code <dir>}.
 */
record PluginsConfig(Path dir, RuntimeMode mode) {

    static PluginsConfig from(Environment environment) {
        Path dir = Path.of(environment.getProperty("dyad.plugins.dir", "plugins")).toAbsolutePath().normalize();
        String mode = environment.getProperty("dyad.plugins.mode", "deployment");
        return new PluginsConfig(dir, "development".equalsIgnoreCase(mode) ? RuntimeMode.DEVELOPMENT : RuntimeMode.DEPLOYMENT);
    }

    boolean development() {
        return mode == RuntimeMode.DEVELOPMENT;
    }
}
