package org.dyad.plugins.sessionlog.log;

import org.dyad.api.AccessDeniedException;
import org.dyad.api.CurrentUser;
import org.dyad.api.Role;

/** Permission and client checks every service method starts with. Views are not the security boundary. */
public final class Access {

    private Access() {
    }

    /** Staff with read, or a parent with the portal permission, who may see this client. */
    public static void requireRead(CurrentUser user, long clientId) {
        if (!user.has(SessionLogPermissions.READ) && !user.has(SessionLogPermissions.PORTAL)) {
            throw new AccessDeniedException("You do not have permission to see this log (session-log.read).");
        }
        user.requireClient(clientId);
    }

    static void requireWrite(CurrentUser user, long clientId) {
        user.require(SessionLogPermissions.WRITE);
        user.requireClient(clientId);
    }

    /** The client's right to erasure is exercised by the clinic admin, as the host's data rights require. */
    static void requireErase(CurrentUser user, long clientId) {
        if (user.role() != Role.CLINIC_ADMIN) {
            throw new AccessDeniedException("Only a clinic admin can erase a client's log.");
        }
        user.requireClient(clientId);
    }
}
