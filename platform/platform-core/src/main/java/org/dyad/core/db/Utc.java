package org.dyad.core.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** Times are stored as UTC {@code DATETIME(6)}; these convert between the column type and {@link Instant}. */
public final class Utc {

    private Utc() {
    }

    public static LocalDateTime toDb(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static @Nullable Instant fromDb(@Nullable LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
