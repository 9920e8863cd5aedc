package org.dyad.plugins.sessionlog.log;

import java.util.List;
import java.util.Set;
import org.dyad.api.Permission;
import org.dyad.api.Role;

/**
 * The module's permissions. Front desk staff get none by default: the log is clinical data, and scheduling does not
 * need it. Clinic admins can map them otherwise.
 */
public final class SessionLogPermissions {

    public static final String READ = "session-log.read";
    public static final String WRITE = "session-log.write";
    public static final String PORTAL = "session-log.portal";

    private SessionLogPermissions() {
    }

    public static List<Permission> all() {
        return List.of(
                new Permission(READ, "See clients' feeding, pumping, diaper and weight logs and charts",
                        Set.of(Role.CLINIC_ADMIN, Role.CONSULTANT)),
                new Permission(WRITE, "Add, correct, delete and import log entries",
                        Set.of(Role.CONSULTANT, Role.PARENT)),
                new Permission(PORTAL, "Use the feeding log in the parent portal", Set.of(Role.PARENT)));
    }
}
