package org.dyad.plugins.notes;

import java.util.Optional;
import java.util.stream.Stream;
import org.dyad.api.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A LATCH breastfeeding assessment: Latch, Audible swallowing, Type of nipple, Comfort, Hold, each scored 0–2. The
 * total (0–10) is computed once every item is scored.
 */
record Latch(@Nullable Integer latch, @Nullable Integer audibleSwallowing, @Nullable Integer typeOfNipple,
             @Nullable Integer comfort, @Nullable Integer hold) {

    static final Latch NONE = new Latch(null, null, null, null, null);

    Latch {
        check("latch", "Latch", latch);
        check("audibleSwallowing", "Audible swallowing", audibleSwallowing);
        check("typeOfNipple", "Type of nipple", typeOfNipple);
        check("comfort", "Comfort", comfort);
        check("hold", "Hold", hold);
    }

    boolean isEmpty() {
        return items().allMatch(item -> item == null);
    }

    /** The total 0–10, once all five items are scored. */
    Optional<Integer> total() {
        if (items().anyMatch(item -> item == null)) {
            return Optional.empty();
        }
        return Optional.of(items().mapToInt(Integer::intValue).sum());
    }

    private Stream<@Nullable Integer> items() {
        return Stream.of(latch, audibleSwallowing, typeOfNipple, comfort, hold);
    }

    private static void check(String field, String label, @Nullable Integer score) {
        if (score != null && (score < 0 || score > 2)) {
            throw new ValidationException(field, "LATCH " + label + " must be 0, 1 or 2 (got " + score + ").");
        }
    }
}
