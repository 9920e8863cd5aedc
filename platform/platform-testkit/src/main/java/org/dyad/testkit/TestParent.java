package org.dyad.testkit;

import org.dyad.api.ClientRef;
import org.dyad.core.security.DyadUser;

/**
 * A parent with a portal account, their client record and one baby.
 *
 * @param user   the parent's account (role PARENT, {@code clientId} set)
 * @param client the client record as plugins see it
 */
public record TestParent(DyadUser user, ClientRef client) {

    public long clientId() {
        return client.clientId();
    }

    public long babyId() {
        return client.babies().getFirst().babyId();
    }
}
