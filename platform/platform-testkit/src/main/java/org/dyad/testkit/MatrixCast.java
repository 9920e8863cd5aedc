package org.dyad.testkit;

import org.dyad.core.security.DyadUser;
import org.jspecify.annotations.Nullable;

/**
 * Who plays each {@link Actor} of an {@link AccessMatrix}. The target client is parent A's client.
 *
 * @param parentA          the target client's own parent (role PARENT, {@code clientId} set)
 * @param parentB          another parent of clinic A
 * @param frontDesk        front desk staff of clinic A
 * @param consultant       a consultant of clinic A
 * @param clinicAdmin      a clinic admin of clinic A
 * @param otherClinicAdmin the clinic admin of another clinic
 * @param platformAdmin    a platform administrator
 * @since 1.0.0
 */
public record MatrixCast(DyadUser parentA, DyadUser parentB, DyadUser frontDesk, DyadUser consultant,
                         DyadUser clinicAdmin, DyadUser otherClinicAdmin, DyadUser platformAdmin) {

    public MatrixCast {
        if (parentA.clientId() == null || parentA.clinicId() == null) {
            throw new IllegalArgumentException("Parent A must be a parent with a client record.");
        }
    }

    /** The test kit's fixture: clinic A's parent 1 is parent A, clinic B's admin the other clinic's admin. */
    public static MatrixCast of(TestKit kit) {
        TestClinic a = kit.clinicA();
        return new MatrixCast(a.parent1().user(), a.parent2().user(), a.frontDesk(), a.consultant(), a.admin(),
                kit.clinicB().admin(), kit.platformAdmin());
    }

    /** The target client: parent A's. */
    public long clientId() {
        return parentA.clientId();
    }

    /** The target clinic: parent A's. */
    public long clinicId() {
        return parentA.clinicId();
    }

    /** The user who plays the actor; {@code null} for {@link Actor#ANONYMOUS}. */
    public @Nullable DyadUser user(Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> null;
            case PARENT_A -> parentA;
            case PARENT_B -> parentB;
            case FRONT_DESK -> frontDesk;
            case CONSULTANT -> consultant;
            case CLINIC_ADMIN -> clinicAdmin;
            case OTHER_CLINIC_ADMIN -> otherClinicAdmin;
            case PLATFORM_ADMIN -> platformAdmin;
        };
    }

    /** The same cast with parent A replaced (a fresh client's parent). */
    MatrixCast withParentA(DyadUser parent) {
        return new MatrixCast(parent, parentB, frontDesk, consultant, clinicAdmin, otherClinicAdmin, platformAdmin);
    }
}
