package org.dyad.testkit;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.dyad.core.db.EmbeddedMariaDb;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** The MariaDB server of this test run: the one at 127.0.0.1:3306 when it answers, else an embedded one. */
final class TestDatabase {

    static final String USER = "root";
    static final String PASSWORD = "";
    private static TestDatabase instance;

    private final int port;

    private TestDatabase(int port) {
        this.port = port;
    }

    static synchronized TestDatabase get() {
        if (instance == null) {
            instance = answers(3306) ? new TestDatabase(3306)
                    : new TestDatabase(EmbeddedMariaDb.start(Path.of("target", "testkit-mariadb").toAbsolutePath(), 0).port());
        }
        return instance;
    }

    String url(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
    }

    /** A new empty schema named {@code dyad_test_<random>}. */
    String createSchema() {
        String name = "dyad_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(c -> DSL.using(c, SQLDialect.MARIADB).createDatabase(DSL.name(name)).execute());
        return name;
    }

    void dropSchema(String name) {
        execute(c -> DSL.using(c, SQLDialect.MARIADB).dropDatabaseIfExists(DSL.name(name)).execute());
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void execute(Work work) {
        try (Connection connection = DriverManager.getConnection(url(""), USER, PASSWORD)) {
            work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
        } catch (java.io.IOException e) {
            return false;
        }
        try (Connection ignored = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
