package org.dyad.plugins.sessionlog.log;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which entries of a client to list: entries starting in {@code [from, to)}, of the given kinds, for one baby or all.
 *
 * @param babyId null for all babies of the client
 * @param kinds  empty means every kind
 */
public record EntryQuery(@Nullable Long babyId, Instant from, Instant to, Set<Kind> kinds) {

    public EntryQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        kinds = kinds.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(kinds);
    }

    /** Every entry of every baby in the range. */
    public static EntryQuery between(Instant from, Instant to) {
        return new EntryQuery(null, from, to, Set.of());
    }
}
