package org.dyad.api;

import java.util.Optional;

/**
 * The person behind the current request, as seen by a plugin.
 *
 * @since 1.0
 */
public interface CurrentUser {

    long userId();

    String displayName();

    Role role();

    /** The clinic the user works in or is a client of; empty for platform administrators. */
    Optional<Long> clinicId();

    /** For a parent: their own client record. Empty for staff. */
    Optional<Long> clientId();

    /** Whether the user holds the permission in their clinic (module enabled and role mapped). */
    boolean has(String permissionId);

    /**
     * Throws {@link AccessDeniedException} unless the user holds the permission. Services call this: views are not the
     * security boundary.
     */
    default void require(String permissionId) {
        if (!has(permissionId)) {
            throw new AccessDeniedException("You do not have permission to do this (" + permissionId + ").");
        }
    }

    /** Throws {@link AccessDeniedException} unless this user may see the client's record. */
    void requireClient(long clientId);
}
