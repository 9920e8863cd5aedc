package org.dyad.web;

import java.nio.file.Path;
import org.dyad.core.db.EmbeddedMariaDb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When no external database is configured ({@code spring.datasource.url} as a system property or
 * {@code SPRING_DATASOURCE_URL} in the environment), starts an embedded MariaDB whose data lives in
 * {@code ~/.dyad/mariadb} (or {@code DYAD_DATA_DIR}), points the app at it and asks for demo data.
 */
final class EmbeddedDatabaseBootstrap {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseBootstrap.class);
    static final String DATABASE = "dyad";

    private EmbeddedDatabaseBootstrap() {
    }

    static void prepare() {
        if (System.getProperty("spring.datasource.url") != null || System.getenv("SPRING_DATASOURCE_URL") != null) {
            log.info("Using the external database from spring.datasource.url");
            return;
        }
        Path dataDir = dataDir();
        int port = Integer.parseInt(System.getProperty("dyad.embedded.port", "0"));
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, port);
        db.createDatabase(DATABASE);
        System.setProperty("spring.datasource.url", db.jdbcUrl(DATABASE));
        System.setProperty("spring.datasource.username", "root");
        System.setProperty("spring.datasource.password", "");
        if (System.getProperty("dyad.demo-data") == null && System.getenv("DYAD_DEMO_DATA") == null) {
            System.setProperty("dyad.demo-data", "true");
        }
    }

    static Path dataDir() {
        String configured = System.getProperty("dyad.data-dir", System.getenv("DYAD_DATA_DIR"));
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".dyad", "mariadb");
    }
}
