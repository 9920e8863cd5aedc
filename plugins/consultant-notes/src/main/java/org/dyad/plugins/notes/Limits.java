package org.dyad.plugins.notes;

import java.text.NumberFormat;
import java.util.Locale;
import org.dyad.api.ValidationException;
import org.jspecify.annotations.Nullable;

/** The bounds input must stay within, with the user-facing message for each. */
final class Limits {

    /** Characters per free-text field: a long consult fits many times over; a pasted document does not. */
    static final int MAX_TEXT = 20_000;
    static final int MIN_WEIGHT_G = 300;
    static final int MAX_WEIGHT_G = 10_000;

    private Limits() {
    }

    /** The text, never null, or a {@link ValidationException} when it is longer than {@link #MAX_TEXT}. */
    static String text(String field, String label, @Nullable String value) {
        String text = value == null ? "" : value;
        if (text.length() > MAX_TEXT) {
            throw new ValidationException(field, label + " is too long: " + number(text.length())
                    + " characters, the limit is " + number(MAX_TEXT) + ". Nothing was saved; shorten it to save again.");
        }
        return text;
    }

    /** The weight, or a {@link ValidationException} when it is outside 300–10,000 g. */
    static @Nullable Integer grams(String field, String label, @Nullable Integer grams) {
        if (grams != null && (grams < MIN_WEIGHT_G || grams > MAX_WEIGHT_G)) {
            throw new ValidationException(field, label + " must be between " + number(MIN_WEIGHT_G) + " g and "
                    + number(MAX_WEIGHT_G) + " g (got " + number(grams) + " g).");
        }
        return grams;
    }

    static String number(int value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }
}
