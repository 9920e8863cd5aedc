package org.dyad.plugins.sessionlog.log;

import java.time.Duration;
import java.time.Instant;

/**
 * What a parent or consultant logs for one baby. Each kind validates itself on construction and throws
 * {@link org.dyad.api.ValidationException} with a user-facing message per field; rules that need the clock or the
 * database (future times, overlaps) live in {@link EntryRules} and {@link SessionLogService}.
 */
public sealed interface Entry permits Breastfeed, Pump, Bottle, Diaper, Weighing {

    /** The longest a breastfeed or pumping session may last. */
    Duration MAX_SESSION = Duration.ofHours(4);

    /** The earliest time an entry may start: nothing a baby's log needs lies before it. */
    Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    long babyId();

    Instant start();

    Kind kind();

    /** When the entry ends; its start for entries that are a moment. */
    default Instant end() {
        return start();
    }

    /** The same entry for another baby (used when a CSV row names the baby). */
    Entry forBaby(long babyId);
}
