package org.dyad.plugins.notes;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A test weight: the baby weighed before and after one feed on the same scale. The difference is the milk
 * transferred (1 g = 1 ml). A post-feed weight lighter than the pre-feed weight is kept as entered but yields a
 * warning and no transfer, never a negative one.
 */
record WeighedFeed(@Nullable Integer preFeedGrams, @Nullable Integer postFeedGrams) {

    static final WeighedFeed NONE = new WeighedFeed(null, null);

    WeighedFeed {
        Limits.grams("preFeedGrams", "Pre-feed weight", preFeedGrams);
        Limits.grams("postFeedGrams", "Post-feed weight", postFeedGrams);
    }

    boolean isEmpty() {
        return preFeedGrams == null && postFeedGrams == null;
    }

    /** Millilitres transferred, when both weights are there and the post-feed weight is not the lighter one. */
    Optional<Integer> milkTransferredMl() {
        if (preFeedGrams == null || postFeedGrams == null || postFeedGrams < preFeedGrams) {
            return Optional.empty();
        }
        return Optional.of(postFeedGrams - preFeedGrams);
    }

    /** A warning for a post-feed weight lighter than the pre-feed weight. */
    Optional<String> warning() {
        if (preFeedGrams == null || postFeedGrams == null || postFeedGrams >= preFeedGrams) {
            return Optional.empty();
        }
        return Optional.of("The post-feed weight (" + Limits.number(postFeedGrams) + " g) is lighter than the pre-feed "
                + "weight (" + Limits.number(preFeedGrams) + " g). Check the scale and the readings: no milk transfer "
                + "is calculated for this feed.");
    }
}
