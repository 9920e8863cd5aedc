package org.dyad.core.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One row of the clients grid. {@code youngestBirthDate} gives the baby's age column. */
public record ClientSummary(long id, String parentName, List<String> babyNames, @Nullable LocalDate youngestBirthDate,
                            Instant lastActivityAt) {
}
