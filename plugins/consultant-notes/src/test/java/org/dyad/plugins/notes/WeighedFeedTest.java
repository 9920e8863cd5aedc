package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.api.ValidationException;
import org.junit.jupiter.api.Test;

class WeighedFeedTest {

    @Test
    void milk_transferred_is_the_post_feed_minus_the_pre_feed_weight_in_ml() {
        WeighedFeed feed = new WeighedFeed(3520, 3582);

        assertThat(feed.milkTransferredMl()).contains(62);
        assertThat(feed.warning()).isEmpty();
    }

    @Test
    void a_lighter_post_feed_weight_gives_a_warning_and_no_negative_transfer() {
        WeighedFeed feed = new WeighedFeed(3520, 3480);

        assertThat(feed.milkTransferredMl()).isEmpty();
        assertThat(feed.warning()).contains("The post-feed weight (3,480 g) is lighter than the pre-feed weight "
                + "(3,520 g). Check the scale and the readings: no milk transfer is calculated for this feed.");
    }

    @Test
    void equal_weights_mean_no_milk_was_transferred() {
        assertThat(new WeighedFeed(4000, 4000).milkTransferredMl()).contains(0);
    }

    @Test
    void only_one_weight_computes_nothing_yet() {
        assertThat(new WeighedFeed(3520, null).milkTransferredMl()).isEmpty();
        assertThat(new WeighedFeed(3520, null).warning()).isEmpty();
    }

    @Test
    void weights_outside_300_to_10000_grams_are_refused_with_the_field_named() {
        assertThatThrownBy(() -> new WeighedFeed(299, 3500))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Pre-feed weight must be between 300 g and 10,000 g (got 299 g).")
                .extracting(e -> ((ValidationException) e).fieldErrors().keySet())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).containsExactly("preFeedGrams");
        assertThatThrownBy(() -> new WeighedFeed(3500, 10_001))
                .hasMessage("Post-feed weight must be between 300 g and 10,000 g (got 10,001 g).");
    }

    @Test
    void the_bounds_themselves_are_accepted() {
        assertThat(new WeighedFeed(300, 10_000).milkTransferredMl()).contains(9_700);
    }
}
