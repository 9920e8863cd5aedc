package org.dyad.plugins.sessionlog.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.MilkType;
import org.dyad.plugins.sessionlog.log.Side;
import org.junit.jupiter.api.Test;

class FeedStatusTest {

    private static final Instant T = Instant.parse("2026-03-10T02:00:00Z");
    private static final Breastfeed FEED = new Breastfeed(1, T, T.plusSeconds(1200), 600, 600, Side.RIGHT, null, null);

    @Test
    void a_top_up_within_30_minutes_of_a_feed_does_not_reset_time_since_last_feed() {
        Bottle topUp = new Bottle(1, FEED.end().plus(Duration.ofMinutes(30)), 30, MilkType.FORMULA);

        FeedStatus status = FeedStatus.of(List.of(FEED, topUp));

        assertThat(status.lastFeedStart()).contains(T);
        assertThat(TopUps.feeds(List.of(FEED, topUp))).containsExactly(FEED);
    }

    @Test
    void a_bottle_more_than_30_minutes_after_a_feed_is_a_feed_of_its_own() {
        Bottle bottle = new Bottle(1, FEED.end().plus(Duration.ofMinutes(31)), 60, MilkType.BREAST_MILK);

        assertThat(FeedStatus.of(List.of(FEED, bottle)).lastFeedStart()).contains(bottle.start());
    }

    @Test
    void a_bottle_after_the_twin_siblings_feed_is_not_a_top_up() {
        Bottle bottle = new Bottle(2, FEED.end().plusSeconds(60), 60, MilkType.FORMULA);

        assertThat(TopUps.isTopUp(bottle, List.of(FEED))).isFalse();
    }

    @Test
    void the_next_side_is_the_other_side_than_the_last_feed_ended_on() {
        FeedStatus status = FeedStatus.of(List.of(FEED));

        assertThat(status.lastSide()).contains(Side.RIGHT);
        assertThat(status.nextSide()).contains(Side.LEFT);
        assertThat(status.summary(T.plus(Duration.ofMinutes(125))))
                .isEqualTo("2 h 05 min ago · last: right · next: left");
    }

    @Test
    void without_feeds_the_summary_says_so() {
        assertThat(FeedStatus.of(List.of()).summary(T)).isEqualTo("No feed logged yet");
    }
}
