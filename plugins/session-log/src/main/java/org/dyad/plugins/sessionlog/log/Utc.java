package org.dyad.plugins.sessionlog.log;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** Conversions between {@link Instant} and the UTC {@code DATETIME(6)} columns. */
public final class Utc {

    private Utc() {
    }

    public static LocalDateTime toDb(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static @Nullable LocalDateTime toDbOrNull(@Nullable Instant instant) {
        return instant == null ? null : toDb(instant);
    }

    public static Instant fromDb(LocalDateTime value) {
        return value.toInstant(ZoneOffset.UTC);
    }
}
