package org.dyad.plugins.notes;

import java.util.List;
import java.util.Set;
import org.dyad.api.Permission;
import org.dyad.api.Role;

/** The permissions this module declares. */
final class Permissions {

    static final String WRITE = "consultant-notes.write";
    static final String READ = "consultant-notes.read";
    static final String VISITS = "consultant-notes.visits";
    static final String CARE_PLAN = "consultant-notes.care-plan";

    static final List<Permission> ALL = List.of(
            new Permission(WRITE, "Write, sign and add addenda to visit notes; share care plans",
                    Set.of(Role.CONSULTANT, Role.CLINIC_ADMIN)),
            new Permission(READ, "Read visit notes, trends and physician reports",
                    Set.of(Role.CONSULTANT, Role.CLINIC_ADMIN)),
            new Permission(VISITS, "See that a visit happened (date, type, consultant) without clinical content",
                    Set.of(Role.FRONT_DESK)),
            new Permission(CARE_PLAN, "See the care plans shared with one's own family", Set.of(Role.PARENT)));

    private Permissions() {
    }
}
