package org.dyad.testkit;

import java.util.EnumSet;
import java.util.Set;

/**
 * The eight people of an {@link AccessMatrix}: everyone who could call a service about one client — the target client
 * belongs to parent A, in clinic A.
 *
 * @since 1.0.0
 */
public enum Actor {
    /** Nobody signed in. */
    ANONYMOUS,
    /** The target client's own parent. */
    PARENT_A,
    /** Another parent of the same clinic. */
    PARENT_B,
    /** Front desk staff of clinic A. */
    FRONT_DESK,
    /** A consultant of clinic A. */
    CONSULTANT,
    /** A clinic admin of clinic A. */
    CLINIC_ADMIN,
    /** The clinic admin of another clinic (B). */
    OTHER_CLINIC_ADMIN,
    /** A platform administrator (no clinic). */
    PLATFORM_ADMIN;

    /** Front desk, consultant and clinic admin of clinic A. */
    public static Set<Actor> clinicStaff() {
        return EnumSet.of(FRONT_DESK, CONSULTANT, CLINIC_ADMIN);
    }

    /** Whether this actor belongs to the target client's clinic (A). */
    public boolean inClinicA() {
        return this != ANONYMOUS && this != OTHER_CLINIC_ADMIN && this != PLATFORM_ADMIN;
    }
}
