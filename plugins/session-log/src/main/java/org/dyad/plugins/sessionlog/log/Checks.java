package org.dyad.plugins.sessionlog.log;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.api.ValidationException;
import org.jspecify.annotations.Nullable;

/** Collects field errors while a record validates itself, then throws them together. */
final class Checks {

    static final int MAX_ML_PER_SIDE = 500;
    static final String VOLUME_MESSAGE = "Volume must be between 0 and 500 ml per side.";

    private final Map<String, String> errors = new LinkedHashMap<>();

    Checks require(boolean ok, String field, String message) {
        if (!ok) {
            errors.putIfAbsent(field, message);
        }
        return this;
    }

    Checks required(@Nullable Object value, String field, String message) {
        return require(value != null, field, message);
    }

    Checks session(@Nullable Instant start, @Nullable Instant end, String tooLong) {
        start(start);
        if (end == null) {
            return require(false, "end", "Enter when it ended.");
        }
        if (start == null) {
            return this;
        }
        require(!end.isBefore(start), "end", "The end must be after the start.");
        return require(!Duration.between(start, end).minus(Entry.MAX_SESSION).isPositive(), "end", tooLong);
    }

    /** A start is required and not before {@link Entry#EARLIEST} (the database cannot hold every instant). */
    Checks start(@Nullable Instant start) {
        return required(start, "start", "Enter when it started.")
                .require(start == null || !start.isBefore(Entry.EARLIEST), "start", EARLIEST_MESSAGE);
    }

    static final String EARLIEST_MESSAGE = "Times before the year 2000 cannot be logged.";

    Checks volume(@Nullable Integer ml, String field) {
        return require(ml == null || (ml >= 0 && ml <= MAX_ML_PER_SIDE), field, VOLUME_MESSAGE);
    }

    Checks note(@Nullable String note) {
        return require(note == null || note.length() <= 500, "note", "The note can be at most 500 characters.");
    }

    void orThrow() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
