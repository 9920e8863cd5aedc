package org.dyad.web;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dyad.core.db.EmbeddedMariaDb;

/**
 * A real MariaDB for tests: the server on 127.0.0.1:3306 when one answers, otherwise an embedded one started once per
 * run. Each call to {@link #freshDatabase()} creates an empty database of its own; the databases created here are
 * dropped when the test JVM exits.
 */
public final class TestDatabase {

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static String serverUrl;

    private TestDatabase() {
    }

    /** A JDBC URL of a new, empty database named {@code dyad_it_<random>}. */
    public static String freshDatabase() {
        return fresh("dyad_it");
    }

    /** A JDBC URL of a new, empty database named {@code <prefix>_<random>}. */
    public static String fresh(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        create(name);
        return server() + name;
    }

    /** The server's JDBC URL without a database, ending in {@code /}. */
    public static synchronized String server() {
        if (serverUrl == null) {
            serverUrl = answers("127.0.0.1", 3306) ? "jdbc:mariadb://127.0.0.1:3306/"
                    : "jdbc:mariadb://127.0.0.1:" + EmbeddedMariaDb.start(Path.of("target", "test-mariadb"), 0).port() + "/";
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated, "drop-test-databases"));
        }
        return serverUrl;
    }

    /** Creates an empty database (utf8mb4) that is dropped when the test JVM exits. */
    public static void create(String name) {
        try (Connection c = DriverManager.getConnection(server(), "root", "")) {
            c.createStatement().execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            CREATED.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
    }

    private static void dropCreated() {
        try (Connection c = DriverManager.getConnection(serverUrl, "root", "")) {
            for (String name : CREATED) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            }
        } catch (SQLException e) {
            // The server may already be gone (embedded one stopped first); nothing is left to clean then.
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
