package org.dyad.plugins.notes;

import java.time.Instant;

/** A signed, time-stamped addition to a signed note. */
record Addendum(long id, String text, String authorName, Instant signedAt) {
}
