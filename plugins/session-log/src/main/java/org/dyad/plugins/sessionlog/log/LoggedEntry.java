package org.dyad.plugins.sessionlog.log;

import java.util.Objects;

/** A stored entry: its id, the client it belongs to, and what was logged. */
public record LoggedEntry(long id, long clientId, Entry entry) {
    public LoggedEntry {
        Objects.requireNonNull(entry, "entry");
    }
}
