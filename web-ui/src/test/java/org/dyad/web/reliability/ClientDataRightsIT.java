package org.dyad.web.reliability;

import org.dyad.testkit.Figures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.db.jooq.Tables.AUDIT_EVENT;
import static org.dyad.db.jooq.Tables.BABY;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ValidationException;
import org.dyad.core.client.ClientDetails;
import org.dyad.core.client.ClientService;
import org.dyad.core.rights.ClientDataRights;
import org.dyad.core.rights.ClientExport;
import org.dyad.core.rights.ClientRowScan;
import org.dyad.core.rights.Erasure;
import org.dyad.core.security.DyadUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A client's data rights over the whole app with every plugin loaded: the export holds the core and every enabled
 * module as JSON and CSV; the erasure leaves none of the client's or babies' ids in any table of the schema (found
 * through information_schema, not a list), except the append-only audit trail, which holds ids and action names only.
 */
class ClientDataRightsIT extends ReliabilityAppBase {

    @Autowired
    ClientDataRights rights;
    @Autowired
    ClientRowScan scan;
    @Autowired
    ClientService clients;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A Willow client of the demo data with a row in every plugin client table. */
    private ClientDetails seededClient(String parent) {
        DyadUser admin = user("willow.admin");
        ClientDetails client = clients.get(admin, user(parent).clientId());
        PluginRows.seed(dsl, client.clinicId(), client.id(), client.babies().getFirst().id(), user("willow.consultant").id());
        return client;
    }

    @Test
    void the_export_holds_the_core_and_every_enabled_module_as_json_and_csv_and_is_audited() throws IOException {
        ClientDetails client = seededClient("parent.aisha");
        DyadUser admin = user("willow.admin");
        signIn(admin);
        ClientExport export = rights.export(admin, client.id());
        Map<String, String> files = unzip(export.zip());
        assertThat(files.keySet()).containsAll(List.of("core/client.json", "core/client.csv", "core/babies.json",
                "core/babies.csv", "core/portal-account.json", "core/invitations.csv", "core/audit-trail.json"));
        assertThat(files.keySet()).anyMatch(f -> f.startsWith("modules/session-log/"))
                .anyMatch(f -> f.startsWith("modules/consultant-notes/"))
                .anyMatch(f -> f.startsWith("modules/breathing-coach/"))
                .anyMatch(f -> f.startsWith("modules/example-plugin/"));
        assertThat(files.get("core/client.json")).contains("\"first_name\"").contains(client.firstName());
        assertThat(files.get("core/babies.csv")).contains(client.babies().getFirst().name());
        assertThat(files.get("core/portal-account.json")).doesNotContain("password").doesNotContain("$2");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("client.exported").and(AUDIT_EVENT.CLIENT_ID.eq(client.id()))))
                .isEqualTo(1);
        new Figures("client-export", "Export of one client (core + every enabled plugin) as a ZIP of JSON and CSV")
                .put("files", files.size()).put("modules", files.keySet().stream().filter(f -> f.startsWith("modules/"))
                        .map(f -> f.split("/")[1]).distinct().count())
                .put("zipBytes", export.zip().length).write();
    }

    @Test
    void erasure_needs_the_typed_name_and_then_leaves_no_row_in_any_table_of_the_schema() {
        ClientDetails client = seededClient("parent.sofia");
        List<Long> babies = client.babies().stream().map(ClientDetails.Baby::id).toList();
        DyadUser admin = user("willow.admin");
        signIn(admin);
        Map<String, Integer> before = scan.rowsOf(client.id(), babies);
        assertThat(before.keySet()).contains("client.id", "baby.id", "app_user.client_id", "session_log_entry.client_id",
                "session_log_entry.baby_id", "consultant_notes_baby_section.baby_id", "breathing_coach_session.client_id",
                "example_plugin_note.client_id");

        assertThatThrownBy(() -> rights.erase(admin, client.id(), "Sofia"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("confirmation", ClientDataRights.CONFIRMATION_MISMATCH));
        assertThat(scan.rowsOf(client.id(), babies)).isEqualTo(before);

        Erasure erasure = rights.erase(admin, client.id(), "  " + client.displayName().toUpperCase() + " ");
        Map<String, Integer> after = scan.rowsOf(client.id(), babies);
        assertThat(after.keySet()).containsOnly("audit_event.client_id");
        assertThat(erasure.modules()).contains("session-log", "consultant-notes", "breathing-coach", "example-plugin");
        assertThat(dsl.fetchCount(BABY, BABY.CLIENT_ID.eq(client.id()))).isZero();
        List<String> details = dsl.select(AUDIT_EVENT.DETAILS).from(AUDIT_EVENT).where(AUDIT_EVENT.CLIENT_ID.eq(client.id()))
                .fetch(AUDIT_EVENT.DETAILS);
        assertThat(details).allSatisfy(d -> assertThat(String.valueOf(d)).doesNotContain(client.firstName())
                .doesNotContain(client.lastName()));
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("client.erased").and(AUDIT_EVENT.CLIENT_ID.eq(client.id()))))
                .isEqualTo(1);
        assertThatThrownBy(() -> clients.get(admin, client.id())).isInstanceOf(AccessDeniedException.class);
        new Figures("client-erasure", "Erasure of one client, then every table of the schema scanned for the client's "
                + "and babies' ids (information_schema: client_id / baby_id columns, client.id, baby.id)")
                .put("columnsScanned", scan.columns().size())
                .put("tableColumnsHoldingRowsBefore", before.size())
                .put("rowsBefore", before.values().stream().mapToInt(Integer::intValue).sum())
                .put("rowsLeftOutsideAudit", after.entrySet().stream().filter(e -> !e.getKey().startsWith("audit_event."))
                        .mapToInt(Map.Entry::getValue).sum())
                .put("auditRowsKept", after.getOrDefault("audit_event.client_id", 0)).write();
    }

    @Test
    void only_a_clinic_admin_of_the_clients_clinic_may_export_or_erase_and_refusals_are_audited() {
        long clientId = user("parent.maya").clientId();
        for (String username : List.of("willow.consultant", "willow.frontdesk", "harbor.admin", "parent.maya")) {
            DyadUser someone = user(username);
            signIn(someone);
            int audited = dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUBJECT_ID.eq(clientId).and(AUDIT_EVENT.ACTOR_NAME.eq(username)));
            assertThatThrownBy(() -> rights.export(someone, clientId)).as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rights.erase(someone, clientId, "Maya Okafor")).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUBJECT_ID.eq(clientId).and(AUDIT_EVENT.ACTOR_NAME.eq(username))))
                    .as(username).isEqualTo(audited + 2);
        }
        assertThat(dsl.fetchCount(BABY, BABY.CLIENT_ID.eq(clientId))).isPositive();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
