package org.dyad.plugins.sessionlog.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reading typed values from cells, with messages that name the column and the expected form. */
final class Cells {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private Cells() {
    }

    static Instant time(String value, String column, ZoneId zone) {
        if (value.isEmpty()) {
            throw new RowProblem("The " + column + " is missing.");
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value.replace('T', ' '), LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new RowProblem("The " + column + " '" + shorten(value)
                        + "' is not a date and time like 2026-03-10 08:30.");
            }
        }
    }

    static @Nullable Instant optionalTime(String value, String column, ZoneId zone) {
        return value.isEmpty() ? null : time(value, column, zone);
    }

    static @Nullable Integer integer(String value, String column) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new RowProblem("The " + column + " '" + shorten(value) + "' is not a whole number.");
        }
    }

    /** Minutes with optional decimals, as whole seconds. */
    static @Nullable Integer minutesAsSeconds(String value, String column) {
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal seconds;
        try {
            if (value.length() > 40) {
                throw new NumberFormatException("too long");
            }
            seconds = new BigDecimal(value).multiply(BigDecimal.valueOf(60));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RowProblem("The " + column + " '" + shorten(value) + "' is not a number of minutes.");
        }
        if (seconds.abs().compareTo(MAX_SECONDS) > 0) {
            throw new RowProblem("The " + column + " '" + shorten(value) + "' is far too many minutes for a feed.");
        }
        return seconds.abs().compareTo(BigDecimal.ONE) < 0 ? 0 : seconds.intValue();
    }

    /** More than any feed lasts (a day), small enough that the seconds always fit an {@code int}. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(24 * 60 * 60);

    static boolean yesNo(String value, String column) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x" -> true;
            case "no", "n", "false", "0", "" -> false;
            default -> throw new RowProblem("The " + column + " '" + shorten(value) + "' must be yes or no.");
        };
    }

    static <E extends Enum<E>> @Nullable E choice(String value, Class<E> type, String column) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new RowProblem("The " + column + " '" + shorten(value) + "' must be one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                    + ".");
        }
    }

    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
