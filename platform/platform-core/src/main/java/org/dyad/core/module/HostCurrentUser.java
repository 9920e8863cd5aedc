package org.dyad.core.module;

import static org.dyad.db.jooq.Tables.CLIENT;

import java.util.Optional;
import org.dyad.api.CurrentUser;
import org.dyad.api.Role;
import org.dyad.core.security.DyadUser;

/** The signed-in user as a plugin sees them; permission checks go through {@link Permissions}. */
record HostCurrentUser(DyadUser user, ContextServices services) implements CurrentUser {

    @Override
    public long userId() {
        return user.id();
    }

    @Override
    public String displayName() {
        return user.displayName();
    }

    @Override
    public Role role() {
        return user.role();
    }

    @Override
    public Optional<Long> clinicId() {
        return user.clinic();
    }

    @Override
    public Optional<Long> clientId() {
        return user.client();
    }

    @Override
    public boolean has(String permissionId) {
        return services.permissions().has(user, permissionId);
    }

    @Override
    public void requireClient(long clientId) {
        Long clinicId = services.dsl().select(CLIENT.CLINIC_ID).from(CLIENT).where(CLIENT.ID.eq(clientId))
                .fetchOne(CLIENT.CLINIC_ID);
        services.clientAccess().check(user, clinicId, clientId);
    }
}
