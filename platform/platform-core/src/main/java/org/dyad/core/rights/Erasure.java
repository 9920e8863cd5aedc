package org.dyad.core.rights;

import java.util.List;

/**
 * What an erasure removed.
 *
 * @param modules the modules whose data handler erased the client's rows
 * @param coreRows rows deleted from the core tables (client, babies, portal account, invitations)
 */
public record Erasure(long clientId, List<String> modules, int coreRows) {
    public Erasure {
        modules = List.copyOf(modules);
    }
}
