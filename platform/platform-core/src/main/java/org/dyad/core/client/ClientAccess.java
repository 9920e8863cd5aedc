package org.dyad.core.client;

import org.dyad.api.AccessDeniedException;
import org.dyad.api.Role;
import org.dyad.core.audit.AuditService;
import org.dyad.core.security.DyadUser;
import org.springframework.stereotype.Component;

/**
 * Who may see which client record: staff of the client's clinic, and the parent who is that client. Every refusal is
 * audited, so that probing ids in URLs leaves a trace.
 */
@Component
public class ClientAccess {

    public static final String REFUSED = "This record does not exist or you do not have access to it.";

    private final AuditService audit;

    public ClientAccess(AuditService audit) {
        this.audit = audit;
    }

    public static boolean allows(DyadUser user, long clinicId, long clientId) {
        if (user.clinicId() == null || user.clinicId() != clinicId) {
            return false;
        }
        if (user.role() == Role.PARENT) {
            return user.clientId() != null && user.clientId() == clientId;
        }
        return user.role().isStaff();
    }

    /** Throws and audits unless the user may see the client ({@code clinicId} null: the client does not exist). */
    public void check(DyadUser user, @org.jspecify.annotations.Nullable Long clinicId, long clientId) {
        if (clinicId == null || !allows(user, clinicId, clientId)) {
            audit.record(user, user.clinicId(), "client.access-denied", "client", clientId, null, null);
            throw new AccessDeniedException(REFUSED);
        }
    }

    /** Staff of a clinic only (parents and platform admins refused). */
    public static void requireStaff(DyadUser user) {
        if (!user.isStaff() || user.clinicId() == null) {
            throw new AccessDeniedException("Only clinic staff can do this.");
        }
    }
}
