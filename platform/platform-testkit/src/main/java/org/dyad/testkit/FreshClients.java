package org.dyad.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.api.Role;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientDraft;
import org.dyad.core.client.ClientService;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;

/** New clients of clinic A for rows that consume their target, created through the host's own services. */
final class FreshClients {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ClientService clients;
    private final AccountService accounts;

    FreshClients(ClientService clients, AccountService accounts) {
        this.clients = clients;
        this.accounts = accounts;
    }

    /** A cast whose parent A is the parent of a new client (with or without a portal account of their own). */
    MatrixCast create(MatrixCast cast, boolean portalAccount) {
        int n = SEQUENCE.incrementAndGet();
        DyadUser staff = cast.consultant();
        long clientId = TestKit.as(staff, () -> clients.create(staff, new ClientDraft("Matrix" + n, "Fresh", "", "",
                List.of(new BabyDraft(null, "Baby fresh " + n, LocalDate.now().minusDays(7), 3300, 40)))));
        DyadUser parent = cast.parentA();
        if (!portalAccount) {
            return cast.withParentA(new DyadUser(parent.id(), parent.username(), parent.displayName(), Role.PARENT,
                    staff.clinicId(), clientId));
        }
        String username = "matrix-" + n + "-" + Long.toString(System.nanoTime(), 36);
        long userId = accounts.create(null, username, "Matrix" + n + " Fresh", Role.PARENT, staff.clinicId(), clientId,
                Fixtures.PASSWORD);
        return cast.withParentA(accounts.findUser(userId).orElseThrow());
    }
}
