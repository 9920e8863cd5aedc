package org.dyad.plugins.sessionlog.stats;

import java.time.Instant;
import java.util.Optional;

/**
 * What the dashboard knows about one baby of a client, computed in the database.
 *
 * @param removals24h  breastfeeds plus pumps that started in the last 24 hours
 * @param lastEntryAt  start of the newest entry of any kind
 * @param latestGrams  the newest weighing, if any
 */
public record DyadSnapshot(long clientId, long babyId, String clientName, String babyName, int birthWeightGrams,
                           int removals24h, Instant lastEntryAt, Optional<Integer> latestGrams) {
}
