package org.dyad.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.jooq.Tables.APP_USER;
import static org.dyad.db.jooq.Tables.CLIENT;
import static org.dyad.testkit.Actor.CLINIC_ADMIN;
import static org.dyad.testkit.Actor.CONSULTANT;
import static org.dyad.testkit.Actor.FRONT_DESK;
import static org.dyad.testkit.Actor.OTHER_CLINIC_ADMIN;
import static org.dyad.testkit.Actor.PARENT_A;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.core.audit.AuditEntry;
import org.dyad.core.audit.AuditQuery;
import org.dyad.core.audit.AuditService;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientDetails;
import org.dyad.core.client.ClientDraft;
import org.dyad.core.client.ClientService;
import org.dyad.core.client.ClientSort;
import org.dyad.core.client.ClientSummary;
import org.dyad.core.portal.InvitationService;
import org.dyad.core.rights.ClientDataRights;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.dyad.db.jooq.enums.AppUserRole;
import org.dyad.testkit.AccessMatrix;
import org.dyad.testkit.Actor;
import org.dyad.testkit.ExpectedAudit;
import org.dyad.testkit.MatrixCast;
import org.dyad.testkit.MatrixCell;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The core's service-method matrix over the whole app with every plugin loaded: every method of the client, data
 * rights, invitation and audit-log services × the eight actors (Willow's parent Maya is parent A, another Willow
 * parent parent B, Harbor's admin the other clinic's). Core services take the user as a parameter; the cell passes
 * {@code CurrentUsers.require()}'s answer, as the views do, so nobody signed in is refused with "Please sign in.".
 */
@SuppressWarnings("unchecked")
class ServiceMatrixIT extends ReliabilityAppBase {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ApplicationContext app;
    @Autowired
    ClientService clients;
    @Autowired
    ClientDataRights rights;
    @Autowired
    InvitationService invitations;
    @Autowired
    AuditService audit;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_core_method_on_client_data_is_allowed_refused_and_audited_as_declared() {
        MatrixCast cast = new MatrixCast(user("parent.maya"), anotherParentOf(user("parent.maya")), user("willow.frontdesk"),
                user("willow.consultant"), user("willow.admin"), user("harbor.admin"), user("platform"));
        AccessMatrix matrix = AccessMatrix.forHost("core", app, cast)
                .services(ClientService.class, ClientDataRights.class, InvitationService.class, AuditService.class)
                .exclude(AuditService.class, "record", "the audit trail's writer, called by every service after its "
                        + "own checks; it reads nothing");

        matrix.row(ClientService.class, "search")
                .call(cell -> clients.search(cell.user(), "", ClientSort.PARENT_ASC, 0, 500))
                .allow(FRONT_DESK, CONSULTANT, CLINIC_ADMIN, OTHER_CLINIC_ADMIN)
                .notAudited("the clinic's client list: names and babies' ages, no clinical data; opening a record is "
                        + "audited (client.read)")
                .check((cell, result) -> targetOnlyInItsClinic(cell,
                        ((List<ClientSummary>) result).stream().map(ClientSummary::id).toList()));
        matrix.row(ClientService.class, "count")
                .call(cell -> clients.count(cell.user(), ""))
                .allow(FRONT_DESK, CONSULTANT, CLINIC_ADMIN, OTHER_CLINIC_ADMIN)
                .notAudited("a number of clients; no client's data");
        matrix.row(ClientService.class, "get")
                .call(cell -> clients.get(cell.user(), cell.clientId()))
                .allow(PARENT_A, FRONT_DESK, CONSULTANT, CLINIC_ADMIN).audits("client.read")
                .check((cell, result) -> assertThat(((ClientDetails) result).id()).isEqualTo(cell.clientId()));
        matrix.row(ClientService.class, "create(DyadUser,ClientDraft)")
                .call(cell -> clients.create(cell.user(), newClient()))
                .allow(FRONT_DESK, CONSULTANT, CLINIC_ADMIN, OTHER_CLINIC_ADMIN)
                .audits(ExpectedAudit.of("client.created").client((cell, id) -> (Long) id))
                .check((cell, id) -> assertThat(dsl.select(CLIENT.CLINIC_ID).from(CLIENT).where(CLIENT.ID.eq((Long) id))
                        .fetchOne(CLIENT.CLINIC_ID)).as("the new client's clinic").isEqualTo(cell.user().clinicId()));
        matrix.row(ClientService.class, "create(DyadUser,ClientDraft,UUID)")
                .call(cell -> clients.create(cell.user(), newClient(), java.util.UUID.randomUUID()))
                .allow(FRONT_DESK, CONSULTANT, CLINIC_ADMIN, OTHER_CLINIC_ADMIN)
                .audits(ExpectedAudit.of("client.created").client((cell, id) -> (Long) id))
                .check((cell, id) -> assertThat(dsl.select(CLIENT.CLINIC_ID).from(CLIENT).where(CLIENT.ID.eq((Long) id))
                        .fetchOne(CLIENT.CLINIC_ID)).as("the new client's clinic").isEqualTo(cell.user().clinicId()));
        matrix.row(ClientService.class, "update")
                .freshClient(true)
                .given(CONSULTANT, cell -> clients.get(cell.user(), cell.clientId()))
                .call(cell -> {
                    ClientDetails before = cell.given();
                    clients.update(cell.user(), cell.clientId(), before.version(), before.toDraft());
                    return null;
                })
                .allow(FRONT_DESK, CONSULTANT, CLINIC_ADMIN).audits("client.updated");

        matrix.row(ClientDataRights.class, "export")
                .call(cell -> rights.export(cell.user(), cell.clientId()))
                .allow(CLINIC_ADMIN).audits("client.exported");
        matrix.row(ClientDataRights.class, "erase")
                .freshClient(true)
                .given(CONSULTANT, cell -> clients.get(cell.user(), cell.clientId()).displayName())
                .call(cell -> rights.erase(cell.user(), cell.clientId(), cell.given()))
                .allow(CLINIC_ADMIN).audits("client.erased")
                .check((cell, erasure) -> assertThat(dsl.fetchCount(CLIENT, CLIENT.ID.eq(cell.clientId()))).isZero());

        matrix.row(InvitationService.class, "create")
                .freshClient(false)
                .call(cell -> invitations.create(cell.user(), cell.clientId(), "http://localhost/"))
                .allow(FRONT_DESK, CONSULTANT, CLINIC_ADMIN).audits("invitation.created");
        matrix.row(InvitationService.class, "describe")
                .freshClient(false)
                .given(FRONT_DESK, cell -> invitations.create(cell.user(), cell.clientId(), "http://localhost/").token())
                .call(cell -> invitations.describe(cell.given()).orElseThrow())
                .allow(Actor.values())
                .notAudited("shows the client's first name to whoever holds the one-time link (the link is the "
                        + "credential); creating and redeeming it are audited");
        matrix.row(InvitationService.class, "redeem")
                .freshClient(false)
                .given(FRONT_DESK, cell -> invitations.create(cell.user(), cell.clientId(), "http://localhost/").token())
                .call(cell -> invitations.redeem(cell.given(), "matrix.redeem." + SEQUENCE.incrementAndGet(),
                        "a-long-enough-password"))
                .allow(Actor.values())
                .audits(ExpectedAudit.of("invitation.redeemed").bySystem());

        matrix.row(AuditService.class, "find")
                .call(cell -> audit.find(cell.user(), AuditQuery.all(), 0, 200))
                .allow(CLINIC_ADMIN, OTHER_CLINIC_ADMIN)
                .notAudited("the audit trail itself: reading it is not recorded (every page of the viewer would add "
                        + "rows to what it shows); only clinic admins, of their own clinic")
                .check((cell, result) -> assertThat((List<AuditEntry>) result).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.clinicId()).isEqualTo(cell.user().clinicId())));
        matrix.row(AuditService.class, "count")
                .call(cell -> audit.count(cell.user(), AuditQuery.all()))
                .allow(CLINIC_ADMIN, OTHER_CLINIC_ADMIN)
                .notAudited("a number of events of the admin's own clinic");

        var figures = matrix.run();
        assertThat(figures.methods()).isEqualTo(13);
        assertThat(figures.cells()).isEqualTo(13 * 8);
    }

    /** A parent of the same clinic with an account (other suites of this shared app may erase demo clients). */
    private DyadUser anotherParentOf(DyadUser parent) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ROLE.eq(AppUserRole.PARENT), APP_USER.CLINIC_ID.eq(parent.clinicId()),
                APP_USER.ID.ne(parent.id())).orderBy(APP_USER.ID).limit(1).fetchOptional(AccountService::toUser)
                .orElseThrow();
    }

    private static ClientDraft newClient() {
        int n = SEQUENCE.incrementAndGet();
        return new ClientDraft("Matrix" + n, "New", "", "",
                List.of(new BabyDraft(null, "Baby new " + n, LocalDate.now().minusDays(5), 3200, 39)));
    }

    private static void targetOnlyInItsClinic(MatrixCell cell, List<Long> clientIds) {
        if (cell.actor() == OTHER_CLINIC_ADMIN) {
            assertThat(clientIds).as("another clinic's list").doesNotContain(cell.clientId());
        } else {
            assertThat(clientIds).contains(cell.clientId());
        }
    }
}
