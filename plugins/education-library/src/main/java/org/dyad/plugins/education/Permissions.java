package org.dyad.plugins.education;

import java.util.List;
import java.util.Set;
import org.dyad.api.Permission;
import org.dyad.api.Role;

/** The permissions this module declares, with the roles that hold them by default. */
final class Permissions {

    static final String READ = "education-library.read";
    static final String MANAGE = "education-library.manage";
    static final String ASSIGN = "education-library.assign";

    private Permissions() {
    }

    static List<Permission> all() {
        return List.of(
                new Permission(READ, "Read the education library",
                        Set.of(Role.PARENT, Role.CONSULTANT, Role.CLINIC_ADMIN, Role.FRONT_DESK)),
                new Permission(MANAGE, "Write, publish, retire and hide library articles",
                        Set.of(Role.CONSULTANT, Role.CLINIC_ADMIN)),
                new Permission(ASSIGN, "Assign articles to clients and see what they read",
                        Set.of(Role.CONSULTANT, Role.CLINIC_ADMIN)));
    }
}
