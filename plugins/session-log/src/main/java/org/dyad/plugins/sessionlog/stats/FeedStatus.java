package org.dyad.plugins.sessionlog.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.Side;

/**
 * What a parent sees at a glance: "time since last feed · last side · next side".
 *
 * @param lastFeedStart when the last feed (breastfeed or a bottle that is not a top-up) started
 * @param lastSide      the side the last breastfeed ended on
 */
public record FeedStatus(Optional<Instant> lastFeedStart, Optional<Side> lastSide) {

    /** The status of one baby from its recent entries. */
    public static FeedStatus of(List<? extends Entry> entries) {
        Optional<Instant> lastFeed = TopUps.feeds(entries).stream().map(Entry::start).max(Comparator.naturalOrder());
        Optional<Side> lastSide = entries.stream().filter(Breastfeed.class::isInstance).map(Breastfeed.class::cast)
                .filter(feed -> feed.endSide() != null)
                .max(Comparator.comparing(Breastfeed::end))
                .map(Breastfeed::endSide);
        return new FeedStatus(lastFeed, lastSide);
    }

    public Optional<Side> nextSide() {
        return lastSide.map(Side::other);
    }

    public Optional<Duration> sinceLastFeed(Instant now) {
        return lastFeedStart.map(start -> Duration.between(start, now));
    }

    /** E.g. {@code 2 h 05 min ago · last: right · next: left}. */
    public String summary(Instant now) {
        String since = sinceLastFeed(now).map(FeedStatus::format).orElse("No feed logged yet");
        return since + lastSide.map(s -> " · last: " + s.label() + " · next: " + s.other().label()).orElse("");
    }

    static String format(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        return minutes < 60 ? minutes + " min ago" : "%d h %02d min ago".formatted(minutes / 60, minutes % 60);
    }
}
