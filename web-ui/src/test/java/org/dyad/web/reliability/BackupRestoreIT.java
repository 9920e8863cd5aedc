package org.dyad.web.reliability;

import org.dyad.testkit.Figures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.dyad.core.client.ClientService;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.dyad.web.DyadApplication;
import org.dyad.web.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The documented backup and restore (docs/operations.md): {@code mariadb-dump --single-transaction} of the app's
 * database with every plugin's tables, restored with {@code mariadb} into a fresh database; a second app starts on
 * the restored database and finds every row of every table (count and checksum), and the audit trail is still
 * append-only there.
 */
class BackupRestoreIT extends ReliabilityAppBase {

    @Autowired
    DSLContext dsl;

    @Test
    void a_dump_restored_into_a_fresh_database_serves_every_row_to_a_new_app() throws Exception {
        assumeTrue(new File("/usr/bin/mariadb-dump").canExecute() && new File("/usr/bin/mariadb").canExecute(),
                "Assumption: the mariadb-dump and mariadb clients are installed in /usr/bin; skipped without them");
        URI server = URI.create(TestDatabase.server().substring("jdbc:".length()));
        String source = String.valueOf(dsl.fetchValue("SELECT DATABASE()"));
        String target = "dyad_restored_" + UUID.randomUUID().toString().substring(0, 8);
        Path dump = Files.createTempFile("dyad-backup", ".sql");
        long started = System.nanoTime();
        run(List.of("mariadb-dump", "--single-transaction", "--routines", "--triggers", "--hex-blob",
                "--host=" + server.getHost(), "--port=" + server.getPort(), "--user=root", "--result-file=" + dump, source));
        double dumpSeconds = (System.nanoTime() - started) / 1e9;
        TestDatabase.create(target);
        run(List.of("sh", "-c", "mariadb --host=" + server.getHost() + " --port=" + server.getPort() + " --user=root "
                + target + " < " + dump));
        Map<String, String> before = fingerprint(dsl, source);
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(DyadApplication.class).properties(
                "server.port=0", "spring.datasource.url=" + TestDatabase.server() + target,
                "spring.datasource.username=root", "spring.datasource.password=", "dyad.demo-data=false",
                "dyad.plugins.dir=" + System.getProperty("java.io.tmpdir") + "/dyad-no-plugins-" + target).run()) {
            DSLContext restoredDsl = restored.getBean(DSLContext.class);
            Map<String, String> after = fingerprint(restoredDsl, target);
            assertThat(after).isEqualTo(before);
            DyadUser staff = AccountService.toUser(restored.getBean(AccountService.class).findByUsername("willow.consultant")
                    .orElseThrow());
            assertThat(restored.getBean(ClientService.class).count(staff, "")).isEqualTo(
                    dsl.fetchCount(org.dyad.db.jooq.Tables.CLIENT, org.dyad.db.jooq.Tables.CLIENT.CLINIC_ID.eq(staff.clinicId())
                            .and(org.dyad.db.jooq.Tables.CLIENT.ARCHIVED_AT.isNull())));
            assertThatThrownBy(() -> restoredDsl.execute("DELETE FROM audit_event LIMIT 1"))
                    .hasMessageContaining("audit events are append-only");
            new Figures("backup-restore", "mariadb-dump --single-transaction of the app's database (core + every plugin), "
                    + "restored into a fresh database; a second app started on it compares every table's row count and checksum")
                    .put("tables", before.size())
                    .put("rows", before.values().stream().mapToLong(v -> Long.parseLong(v.split("/")[0])).sum())
                    .put("tablesDiffering", before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).count()).put("dumpBytes", Files.size(dump))
                    .put("dumpSeconds", String.format("%.2f", dumpSeconds)).write();
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    /** table → "rows/checksum" for every base table of the database. */
    private static Map<String, String> fingerprint(DSLContext dsl, String database) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : dsl.fetchValues("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name", database).stream().map(String::valueOf).toList()) {
            String quoted = "`" + database + "`.`" + table + "`";
            long rows = ((Number) dsl.fetchValue("SELECT COUNT(*) FROM " + quoted)).longValue();
            Object checksum = dsl.fetchOne("CHECKSUM TABLE " + quoted).get(1);
            tables.put(table, rows + "/" + checksum);
        }
        return tables;
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
