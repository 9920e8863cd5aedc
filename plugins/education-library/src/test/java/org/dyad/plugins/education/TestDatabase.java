package org.dyad.plugins.education;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A throwaway schema on the MariaDB at {@code 127.0.0.1:3306} (override with {@code -Ddyad.test.db.url}), with the core
 * schema and this plugin's migrations applied exactly as the host applies them. Dropped on close, unless
 * {@code -Ddyad.test.db.keep=true} keeps it to look at afterwards.
 */
final class TestDatabase implements AutoCloseable {

    private static final String SERVER = System.getProperty("dyad.test.db.url", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String USER = System.getProperty("dyad.test.db.user", "root");
    private static final String PASSWORD = System.getProperty("dyad.test.db.password", "");

    private final String schema = "edu_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final Connection connection;
    private final DSLContext dsl;

    TestDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER, USER, PASSWORD)) {
            admin.createStatement().execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4");
        }
        migrate("classpath:db/migration/core", "flyway_schema_history", false);
        migrate("classpath:db/education-library", "flyway_education_library_history", true);
        connection = DriverManager.getConnection(SERVER + schema, USER, PASSWORD);
        dsl = DSL.using(connection, SQLDialect.MARIADB);
    }

    DSLContext dsl() {
        return dsl;
    }

    long clinic(String name) {
        return dsl.insertInto(DSL.table("clinic"), DSL.field("name"), DSL.field("time_zone"), DSL.field("created_at"))
                .values(name, "Europe/Amsterdam", LocalDateTime.now())
                .returningResult(DSL.field("id", Long.class)).fetchOne(0, Long.class);
    }

    long client(long clinicId, String firstName) {
        LocalDateTime now = LocalDateTime.now();
        return dsl.insertInto(DSL.table("client"), DSL.field("clinic_id"), DSL.field("first_name"),
                        DSL.field("last_name"), DSL.field("created_at"), DSL.field("updated_at"),
                        DSL.field("last_activity_at"))
                .values(clinicId, firstName, "Test", now, now, now)
                .returningResult(DSL.field("id", Long.class)).fetchOne(0, Long.class);
    }

    private void migrate(String location, String table, boolean baseline) {
        Flyway.configure(getClass().getClassLoader())
                .dataSource(SERVER + schema, USER, PASSWORD)
                .locations(location).table(table)
                .baselineOnMigrate(baseline).baselineVersion("0")
                .load().migrate();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        if (Boolean.getBoolean("dyad.test.db.keep")) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(SERVER, USER, PASSWORD)) {
            admin.createStatement().execute("DROP DATABASE " + schema);
        }
    }
}
