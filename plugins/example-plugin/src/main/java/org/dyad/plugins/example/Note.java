package org.dyad.plugins.example;

import java.time.Instant;

/** A note on a client. */
public record Note(long id, long clientId, String text, Instant createdAt) {
}
