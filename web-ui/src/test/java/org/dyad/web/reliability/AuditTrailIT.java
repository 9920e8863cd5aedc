package org.dyad.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.db.jooq.Tables.AUDIT_EVENT;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.core.audit.AuditService;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientDraft;
import org.dyad.core.client.ClientService;
import org.dyad.core.module.ModuleRegistry;
import org.dyad.core.rights.ClientDataRights;
import org.dyad.core.security.DyadUser;
import org.dyad.testkit.Figures;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Audit rows cannot be changed or deleted through the application: not through the audit service (it only inserts),
 * not through the jOOQ context the host and every plugin use (update, delete, replace, truncate, drop, alter and rename
 * of {@code audit_event} are refused — truncate and drop would pass the database triggers), and not by erasing a
 * client (their audit rows stay).
 */
class AuditTrailIT extends ReliabilityAppBase {

    @Autowired
    DSLContext dsl;
    @Autowired
    ModuleRegistry modules;
    @Autowired
    ClientService clients;
    @Autowired
    ClientDataRights rights;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_audit_service_only_appends_and_reads() {
        List<String> methods = Arrays.stream(AuditService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).distinct().sorted().toList();

        assertThat(methods).containsExactly("count", "find", "record");
    }

    @Test
    void no_statement_through_the_apps_or_a_plugins_jooq_changes_or_removes_audit_rows() {
        signIn(user("willow.admin"));
        DSLContext pluginDsl = modules.find("session-log").orElseThrow().context().data().dsl();
        long someId = dsl.select(DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchOne(0, Long.class);
        int rowsBefore = dsl.fetchCount(AUDIT_EVENT);
        List<Consumer<DSLContext>> attempts = List.of(
                d -> d.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTION, "tampered").where(AUDIT_EVENT.ID.eq(someId)).execute(),
                d -> d.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(someId)).execute(),
                d -> d.truncate(AUDIT_EVENT).execute(),
                d -> d.execute("TRUNCATE TABLE audit_event"),
                d -> d.execute("/* tidy up */ delete from `audit_event`"),
                d -> d.execute("REPLACE INTO audit_event (id, occurred_at, actor_name, action, subject_type) "
                        + "VALUES (" + someId + ", NOW(), 'x', 'tampered', 'x')"),
                d -> d.dropTable(AUDIT_EVENT).execute(),
                d -> d.execute("ALTER TABLE audit_event DROP COLUMN details"),
                d -> d.execute("RENAME TABLE audit_event TO audit_event_old"));
        int refused = 0;
        for (DSLContext through : List.of(dsl, pluginDsl)) {
            for (Consumer<DSLContext> attempt : attempts) {
                assertThatThrownBy(() -> attempt.accept(through)).hasMessageContaining("audit events are append-only");
                refused++;
            }
        }

        assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(rowsBefore);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("tampered"))).isZero();
        assertThat(dsl.insertInto(AUDIT_EVENT).set(AUDIT_EVENT.OCCURRED_AT, java.time.LocalDateTime.now())
                .set(AUDIT_EVENT.ACTOR_NAME, "system").set(AUDIT_EVENT.ACTION, "audit.checked")
                .set(AUDIT_EVENT.SUBJECT_TYPE, "audit").execute()).as("appending still works").isEqualTo(1);
        new Figures("audit-append-only", "Statements that would change or remove audit rows (update, delete, replace, "
                + "truncate, drop, alter, rename), sent through the app's and a plugin's jOOQ context: all refused, "
                + "row count unchanged; an erased client's audit rows stay")
                .put("statementsRefused", refused).put("rowsBefore", rowsBefore).put("rowsLost", 0).write();
    }

    @Test
    void erasing_a_client_keeps_their_audit_rows() {
        DyadUser admin = user("willow.admin");
        signIn(admin);
        long clientId = clients.create(admin, new ClientDraft("Audit", "Kept", "", "",
                List.of(new BabyDraft(null, "Baby kept", LocalDate.now().minusDays(3), 3000, 39))));
        clients.get(admin, clientId);
        int before = dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.CLIENT_ID.eq(clientId));

        rights.erase(admin, clientId, "Audit Kept");

        assertThat(before).isEqualTo(2);
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.CLIENT_ID.eq(clientId))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION))
                .as("the client's audit rows after the erasure (modules record their own erasure)")
                .startsWith("client.created", "client.read").endsWith("client.erased");
    }
}
