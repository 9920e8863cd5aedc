package org.dyad.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a {@link TestKit}: once per class, MariaDB is joined at 127.0.0.1:3306 (root, no
 * password) or an embedded one started (data under {@code target/testkit-mariadb}); a throwaway schema
 * {@code dyad_test_*} gets the core and the plugin's migrations; two clinics with every role are created; the plugin is
 * packed into a real jar and loaded by the real host; it is enabled for both clinics. The schema is dropped after the
 * class. Declare a {@link TestKit} parameter on a test, {@code @BeforeEach} or {@code @BeforeAll} method to use it.
 *
 * <p>Which plugin: {@link #pluginDir()}, else the system property {@code dyad.testkit.plugin.dir}, else the working
 * directory — which is the plugin module when Maven runs its tests. The module must be compiled
 * ({@code target/classes/plugin.properties} exists): run the tests with {@code ./mvnw verify -pl plugins/<id>}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(TestKitExtension.class)
public @interface DyadPluginTest {

    /** The plugin module's folder, relative to the working directory; empty for the default described above. */
    String pluginDir() default "";

    /** Further plugin module folders to load too (plugins the one under test depends on), relative to its folder. */
    String[] alsoLoad() default {};

    /** Puts more files into the plugins folder before the host starts (e.g. broken jars for tests of the host). */
    Class<? extends PluginsFolder> prepare() default PluginsFolder.AsIs.class;
}
