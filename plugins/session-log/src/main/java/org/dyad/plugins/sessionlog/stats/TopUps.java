package org.dyad.plugins.sessionlog.stats;

import java.time.Duration;
import java.util.List;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Entry;

/**
 * The top-up rule: a bottle that starts during a breastfeed or within 30 minutes after it ended belongs to that feed.
 * It does not reset "time since last feed" and is not counted as another feed.
 */
public final class TopUps {

    public static final Duration WINDOW = Duration.ofMinutes(30);

    private TopUps() {
    }

    public static boolean isTopUp(Bottle bottle, List<? extends Entry> entries) {
        return entries.stream().filter(Breastfeed.class::isInstance).map(Breastfeed.class::cast)
                .filter(feed -> feed.babyId() == bottle.babyId())
                .anyMatch(feed -> !bottle.start().isBefore(feed.start())
                        && !bottle.start().isAfter(feed.end().plus(WINDOW)));
    }

    /** Breastfeeds and bottles that are not top-ups: the baby's feeds. */
    public static List<Entry> feeds(List<? extends Entry> entries) {
        return entries.stream()
                .filter(e -> e instanceof Breastfeed || e instanceof Bottle b && !isTopUp(b, entries))
                .map(Entry.class::cast)
                .toList();
    }
}
