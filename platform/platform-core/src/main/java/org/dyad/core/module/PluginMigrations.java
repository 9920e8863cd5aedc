package org.dyad.core.module;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a plugin's Flyway migrations ({@code db/<plugin-id>/V*.sql} inside its jar) through its class loader, with its
 * own history table, while holding a MariaDB named lock so that two app nodes never migrate at the same time.
 */
@Component
class PluginMigrations {

    static final String LOCK = "dyad.plugin-migrations";
    private static final int LOCK_TIMEOUT_SECONDS = 120;
    private static final Logger log = LoggerFactory.getLogger(PluginMigrations.class);

    private final DataSource dataSource;

    PluginMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static String historyTable(String pluginId) {
        return "flyway_" + pluginId.replace('-', '_') + "_history";
    }

    void migrate(String pluginId, ClassLoader pluginClassLoader) {
        try (Connection lockConnection = dataSource.getConnection()) {
            DSLContext lock = DSL.using(lockConnection, SQLDialect.MARIADB);
            acquire(lock, pluginId);
            try {
                MigrateResult result = flyway(pluginId, pluginClassLoader).migrate();
                log.info("Plugin '{}': {} migration(s) applied, schema at {}", pluginId, result.migrationsExecuted,
                        result.targetSchemaVersion);
            } finally {
                lock.select(DSL.function("release_lock", Integer.class, DSL.val(LOCK))).fetch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No database connection for the migrations of " + pluginId, e);
        }
    }

    private Flyway flyway(String pluginId, ClassLoader pluginClassLoader) {
        return Flyway.configure(pluginClassLoader)
                .dataSource(dataSource)
                .locations("classpath:db/" + pluginId)
                .table(historyTable(pluginId))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load();
    }

    private static void acquire(DSLContext lock, String pluginId) {
        Integer got = lock.select(DSL.function("get_lock", Integer.class, DSL.val(LOCK), DSL.val(LOCK_TIMEOUT_SECONDS)))
                .fetchOne(0, Integer.class);
        if (got == null || got != 1) {
            throw new IllegalStateException("Another node kept the migration lock for " + LOCK_TIMEOUT_SECONDS
                    + " s; the migrations of " + pluginId + " did not run.");
        }
    }
}
