package org.dyad.plugins.notes;

import org.dyad.api.AccessDeniedException;
import org.dyad.api.CurrentUser;
import org.dyad.api.PluginContext;
import org.dyad.api.Role;
import org.jspecify.annotations.Nullable;

/** Permission checks and audit events shared by the services: they, not the views, are the security boundary. */
final class Guard {

    private final PluginContext context;

    Guard(PluginContext context) {
        this.context = context;
    }

    CurrentUser user() {
        return context.currentUser();
    }

    void require(String permission) {
        user().require(permission);
    }

    /** Requires one of the permissions. */
    void requireAny(String first, String second) {
        if (!user().has(first)) {
            require(second);
        }
    }

    /** Requires the client to be visible to the user; a parent only ever sees their own record. */
    void requireClient(long clientId) {
        CurrentUser user = user();
        if (user.role() == Role.PARENT && user.clientId().filter(own -> own == clientId).isEmpty()) {
            throw new AccessDeniedException("You can only see your own family's care plans.");
        }
        user.requireClient(clientId);
    }

    void audit(String action, String subjectType, @Nullable Long subjectId, @Nullable Long clientId) {
        context.audit().record("consultant-notes." + action, subjectType, subjectId, clientId, null);
    }
}
