package org.dyad.plugins.breathing;

import java.util.List;
import java.util.Set;
import org.dyad.api.Permission;
import org.dyad.api.Role;

/** The permissions the breathing coach declares. */
public final class Permissions {

    /** Run the coach and save one's sessions (parents for themselves, staff with a client). */
    public static final String USE = "breathing-coach.use";
    /** Define the clinic's own patterns and choose the default. */
    public static final String MANAGE = "breathing-coach.manage";
    /** See a client's breathing history and the comparison figures. */
    public static final String HISTORY = "breathing-coach.history";

    private Permissions() {
    }

    static List<Permission> all() {
        return List.of(
                new Permission(USE, "Run the breathing coach and save sessions",
                        Set.of(Role.PARENT, Role.CONSULTANT, Role.CLINIC_ADMIN)),
                new Permission(MANAGE, "Define the clinic's breathing patterns and its default",
                        Set.of(Role.CLINIC_ADMIN, Role.CONSULTANT)),
                new Permission(HISTORY, "See a client's breathing history",
                        Set.of(Role.CONSULTANT, Role.CLINIC_ADMIN)));
    }
}
