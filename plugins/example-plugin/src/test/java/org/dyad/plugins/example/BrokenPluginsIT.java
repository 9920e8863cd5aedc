package org.dyad.plugins.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.dyad.core.module.ModuleStatus;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.PluginJar;
import org.dyad.testkit.PluginsFolder;
import org.dyad.testkit.TestKit;
import org.junit.jupiter.api.Test;

/** Broken jars next to the example plugin: each is listed as failed with its reason, and the example keeps working. */
@DyadPluginTest(prepare = BrokenPluginsIT.BrokenJars.class)
class BrokenPluginsIT {

    /** Writes one jar per way a plugin can be broken. */
    public static class BrokenJars implements PluginsFolder {
        @Override
        public void prepare(Path pluginsDir, Path classesDir) {
            PluginJar.of("wrong-requires").requires(">=9.0.0 & <10.0.0").writeTo(pluginsDir);
            PluginJar.of("needs-missing").dependencies("not-installed").writeTo(pluginsDir);
            PluginJar.corrupt(pluginsDir, "corrupt.jar");
            PluginJar.of("no-descriptor").withoutDescriptor().entry("readme.txt", "no descriptor here").writeTo(pluginsDir);
            PluginJar.of("throws-on-start").pluginClass(ThrowingPlugin.class.getName())
                    .entry(ThrowingPlugin.class.getName().replace('.', '/') + ".class", classBytes()).writeTo(pluginsDir);
        }

        private static byte[] classBytes() {
            try (InputStream in = ThrowingPlugin.class.getResourceAsStream("ThrowingPlugin.class")) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void a_plugin_requiring_another_platform_version_is_failed_with_the_versions(TestKit kit) {
        assertFailed(kit, "wrong-requires",
                "This plugin requires platform API >=9.0.0 & <10.0.0, but this platform provides 1.0.0.");
    }

    @Test
    void a_plugin_whose_dependency_is_missing_is_failed_naming_it(TestKit kit) {
        assertFailed(kit, "needs-missing", "A plugin it depends on is not installed: not-installed.");
    }

    @Test
    void a_corrupt_jar_is_failed(TestKit kit) {
        assertFailed(kit, "corrupt.jar", "The file corrupt.jar is not a valid jar (zip) file.");
    }

    @Test
    void a_jar_without_descriptor_is_failed(TestKit kit) {
        assertFailed(kit, "no-descriptor.jar",
                "The file no-descriptor.jar has no plugin descriptor (plugin.properties or a manifest with Plugin-Id).");
    }

    @Test
    void a_plugin_whose_start_throws_is_failed_with_the_exception(TestKit kit) {
        assertFailed(kit, "throws-on-start", "The plugin failed to start: IllegalStateException: boom");
    }

    @Test
    void the_example_plugin_keeps_working_next_to_them(TestKit kit) {
        assertThat(kit.moduleInfo("example-plugin").status()).isEqualTo(ModuleStatus.STARTED);
        assertThat(kit.contributions().staffMenu(kit.clinicA().consultant()))
                .extracting(e -> e.path()).containsExactly("staff/example-plugin");
    }

    private static void assertFailed(TestKit kit, String id, String reason) {
        assertThat(kit.moduleInfo(id).status()).isEqualTo(ModuleStatus.FAILED);
        assertThat(kit.moduleInfo(id).failureReason()).isEqualTo(reason);
    }
}
