package org.dyad.api;

/**
 * The roles a person can hold. Staff roles and {@link #PARENT} belong to one clinic; {@link #PLATFORM_ADMIN} to none.
 *
 * @since 1.0
 */
public enum Role {
    PLATFORM_ADMIN, CLINIC_ADMIN, CONSULTANT, FRONT_DESK, PARENT;

    /** Whether this is a clinic staff role (clinic admin, consultant, front desk). */
    public boolean isStaff() {
        return this == CLINIC_ADMIN || this == CONSULTANT || this == FRONT_DESK;
    }
}
