package org.dyad.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A client (the parent) and their babies, as handed to plugins. Read-only.
 *
 * @since 1.0
 */
public record ClientRef(long clinicId, long clientId, String displayName, List<BabyRef> babies) {
    public ClientRef {
        babies = List.copyOf(babies);
    }

    /**
     * A baby of the dyad.
     *
     * @since 1.0
     */
    public record BabyRef(long babyId, String name, LocalDate dateOfBirth, int birthWeightGrams, int gestationalAgeWeeks) {
    }
}
