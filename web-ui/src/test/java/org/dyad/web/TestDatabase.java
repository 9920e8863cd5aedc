package org.dyad.web;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.dyad.core.db.EmbeddedMariaDb;

/**
 * A real MariaDB for tests: the server on 127.0.0.1:3306 when one answers, otherwise an embedded one started once per
 * run. Each call to {@link #freshDatabase()} creates an empty database of its own.
 */
public final class TestDatabase {

    private static String serverUrl;

    private TestDatabase() {
    }

    /** A JDBC URL of a new, empty database. */
    public static synchronized String freshDatabase() {
        if (serverUrl == null) {
            serverUrl = answers("127.0.0.1", 3306) ? "jdbc:mariadb://127.0.0.1:3306/"
                    : "jdbc:mariadb://127.0.0.1:" + EmbeddedMariaDb.start(Path.of("target", "test-mariadb"), 0).port() + "/";
        }
        String name = "dyad_it_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(serverUrl, "root", "")) {
            c.createStatement().execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database", e);
        }
        return serverUrl + name;
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
