package org.dyad.api;

import java.util.Objects;
import java.util.Set;

/**
 * A permission a module declares, with the roles that hold it unless a clinic admin maps it otherwise.
 *
 * @param id          unique within the platform, conventionally {@code <module-id>.<verb>}, e.g. {@code session-log.read}
 * @param description one line shown to clinic admins
 * @param defaultRoles the roles that get it by default
 * @since 1.0
 */
public record Permission(String id, String description, Set<Role> defaultRoles) {
    public Permission {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9-]+\\.[a-z0-9.-]+")) {
            throw new IllegalArgumentException("Permission id must look like 'module-id.verb': " + id);
        }
        defaultRoles = Set.copyOf(defaultRoles);
    }
}
