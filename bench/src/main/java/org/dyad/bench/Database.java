package org.dyad.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Throwaway databases on the local MariaDB ({@code -Dbench.db=jdbc:mariadb://host:port/}, root, no password). */
final class Database {

    static final String USER = System.getProperty("bench.db.user", "root");
    static final String PASSWORD = System.getProperty("bench.db.password", "");
    private static final String SERVER = System.getProperty("bench.db", "jdbc:mariadb://127.0.0.1:3306/");

    private Database() {
    }

    static String url(String database) {
        return SERVER + database;
    }

    static String create() {
        String name = "dyad_bench_" + UUID.randomUUID().toString().substring(0, 8);
        execute(SERVER, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return name;
    }

    static void drop(String name) {
        execute(SERVER, "DROP DATABASE IF EXISTS " + name);
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * Adds {@code count} parents with portal accounts (password as parent.maya's) and one baby each to the clinic of
     * {@code willow.consultant}. Usernames {@code bench.parent.<i>}. Returns the new client ids.
     */
    static List<Long> seedParents(String database, int count) {
        awaitDemoData(database);
        try (Connection c = connect(database)) {
            long clinic;
            String hash;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT clinic_id, password_hash FROM app_user WHERE username = 'parent.maya'")) {
                r.next();
                clinic = r.getLong(1);
                hash = r.getString(2);
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement client = c.prepareStatement("INSERT INTO client (clinic_id, first_name, last_name, "
                    + "email, created_at, updated_at, last_activity_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6), "
                    + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement baby = c.prepareStatement("INSERT INTO baby (clinic_id, client_id, name, "
                         + "date_of_birth, birth_weight_g, gestational_age_weeks, created_at) VALUES (?, ?, ?, "
                         + "DATE_SUB(UTC_DATE(), INTERVAL ? DAY), 3400, 39, UTC_TIMESTAMP(6))");
                 PreparedStatement user = c.prepareStatement("INSERT INTO app_user (username, password_hash, "
                         + "display_name, role, clinic_id, client_id, created_at) VALUES (?, ?, ?, 'PARENT', ?, ?, "
                         + "UTC_TIMESTAMP(6))")) {
                for (int i = 0; i < count; i++) {
                    client.setLong(1, clinic);
                    client.setString(2, "Bench" + i);
                    client.setString(3, "Parent");
                    client.setString(4, "bench.parent." + i + "@example.org");
                    client.executeUpdate();
                    long id;
                    try (ResultSet keys = client.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    baby.setLong(1, clinic);
                    baby.setLong(2, id);
                    baby.setString(3, "Baby" + i);
                    baby.setInt(4, 5 + i % 120);
                    baby.executeUpdate();
                    user.setString(1, "bench.parent." + i);
                    user.setString(2, hash);
                    user.setString(3, "Bench" + i + " Parent");
                    user.setLong(4, clinic);
                    user.setLong(5, id);
                    user.executeUpdate();
                    ids.add(id);
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed parents", e);
        }
    }

    /** The app answers HTTP before its demo-data runner has finished: waits for the last demo account. */
    static void awaitDemoData(String database) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (count(database, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + database
                + "' AND table_name = 'app_user'") == 0
                || count(database, "SELECT COUNT(*) FROM app_user WHERE username IN ('parent.maya', 'platform')") < 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no demo data in " + database + " after 60 s");
            }
            AppProcess.sleep(200);
        }
    }

    static long count(String database, String sql) {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
