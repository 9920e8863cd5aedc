package org.dyad.web.reliability;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.dyad.core.db.EmbeddedMariaDb;

/** A fresh, empty database on the MariaDB at 127.0.0.1:3306, or on an embedded one started once when none answers. */
final class ReliabilityDatabase {

    private static String serverUrl;

    private ReliabilityDatabase() {
    }

    static synchronized String server() {
        if (serverUrl == null) {
            serverUrl = answers() ? "jdbc:mariadb://127.0.0.1:3306/"
                    : "jdbc:mariadb://127.0.0.1:" + EmbeddedMariaDb.start(Path.of("target", "test-mariadb"), 0).port() + "/";
        }
        return serverUrl;
    }

    static String fresh(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        create(server(), name);
        return server() + name;
    }

    static void create(String serverUrl, String name) {
        try (Connection c = DriverManager.getConnection(serverUrl, "root", "")) {
            c.createStatement().execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
    }

    private static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
