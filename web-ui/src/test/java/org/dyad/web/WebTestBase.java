package org.dyad.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port over its own fresh MariaDB database, with the demo data as fixtures: two clinics,
 * staff of every role, parents with portal accounts and a platform administrator.
 */
@SpringBootTest(classes = DyadApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WebTestBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        String url = TestDatabase.freshDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("dyad.demo-data", () -> "true");
        registry.add("dyad.demo.example-module", () -> "true");
        Path plugins = Files.createTempDirectory("dyad-plugins");
        registry.add("dyad.plugins.dir", plugins::toString);
        registry.add("dyad.plugins.mode", () -> "deployment");
    }
}
