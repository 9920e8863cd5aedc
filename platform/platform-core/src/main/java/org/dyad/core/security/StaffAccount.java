package org.dyad.core.security;

import java.time.Instant;
import org.dyad.api.Role;
import org.jspecify.annotations.Nullable;

/** A staff account as listed to clinic admins. */
public record StaffAccount(long id, String username, String displayName, Role role, boolean active,
                           @Nullable Instant lastLoginAt) {
}
