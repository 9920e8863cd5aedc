package org.dyad.core.client;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A baby as entered in the client form; {@code id} is null for a new baby. Validated by {@link ClientValidator}. */
public record BabyDraft(@Nullable Long id, String name, @Nullable LocalDate dateOfBirth, @Nullable Integer birthWeightGrams,
                        @Nullable Integer gestationalAgeWeeks) {
}
