package org.dyad.core.security;

import java.io.Serializable;
import java.util.Optional;
import org.dyad.api.Role;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as the host sees them. Kept in the HTTP session as part of the authentication.
 *
 * @param clinicId empty only for platform administrators
 * @param clientId set only for parents: their own client record
 */
public record DyadUser(long id, String username, String displayName, Role role, @Nullable Long clinicId,
                       @Nullable Long clientId) implements Serializable {

    public Optional<Long> clinic() {
        return Optional.ofNullable(clinicId);
    }

    public Optional<Long> client() {
        return Optional.ofNullable(clientId);
    }

    public boolean isStaff() {
        return role.isStaff();
    }
}
