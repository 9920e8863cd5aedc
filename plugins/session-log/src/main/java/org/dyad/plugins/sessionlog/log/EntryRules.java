package org.dyad.plugins.sessionlog.log;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.api.ValidationException;

/** Rules that need the clock or other entries; the entry records check everything else themselves. */
public final class EntryRules {

    /** How far in the future an entry may be (clocks of phones differ a little). */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private EntryRules() {
    }

    /** Refuses entries that start or end more than five minutes after {@code now}. */
    public static void requireNotInFuture(Entry entry, Instant now) {
        if (entry.end().isAfter(now.plus(FUTURE_TOLERANCE)) || entry.start().isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new ValidationException(entry.end().isAfter(entry.start()) ? "end" : "start",
                    "Times more than 5 minutes in the future cannot be logged.");
        }
    }

    /** The first breastfeed of the same baby that overlaps the entry, if the entry is a breastfeed. */
    public static Optional<Breastfeed> overlapping(Entry entry, Collection<? extends Entry> others) {
        if (!(entry instanceof Breastfeed feed)) {
            return Optional.empty();
        }
        return others.stream().filter(Breastfeed.class::isInstance).map(Breastfeed.class::cast)
                .filter(other -> other.babyId() == feed.babyId())
                .filter(other -> other.start().isBefore(feed.end()) && feed.start().isBefore(other.end()))
                .findFirst();
    }

    /** Throws the overlap message when {@link #overlapping} finds one. */
    public static void requireNoOverlap(Entry entry, Collection<? extends Entry> others) {
        if (overlapping(entry, others).isPresent()) {
            throw new ValidationException("start", OVERLAP_MESSAGE);
        }
    }

    /**
     * Whether any two breastfeeds of the same baby among the entries overlap: one sort and one sweep, so that large
     * imports only fall back to the row-by-row check (which names the row) when there is something to name.
     */
    public static boolean anyOverlap(Collection<? extends Entry> entries) {
        List<Breastfeed> feeds = entries.stream().filter(Breastfeed.class::isInstance).map(Breastfeed.class::cast)
                .sorted(Comparator.comparingLong(Breastfeed::babyId).thenComparing(Breastfeed::start)).toList();
        Instant latestEnd = Instant.MIN;
        for (int i = 0; i < feeds.size(); i++) {
            Breastfeed feed = feeds.get(i);
            boolean sameBaby = i > 0 && feeds.get(i - 1).babyId() == feed.babyId();
            if (sameBaby && feed.start().isBefore(latestEnd)) {
                return true;
            }
            latestEnd = sameBaby && latestEnd.isAfter(feed.end()) ? latestEnd : feed.end();
        }
        return false;
    }

    public static final String OVERLAP_MESSAGE = "This feed overlaps another breastfeed of the same baby.";
}
