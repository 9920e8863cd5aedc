package org.dyad.core.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.api.ValidationException;

/** Collects field errors so that a form shows all of them at once. */
public final class Validation {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** A required text of at most {@code max} characters. */
    /**
     * Requires something visible: a value of only spaces or invisible format characters (zero-width spaces and
     * joiners, direction marks, a byte-order mark) counts as empty, since it would show as a blank name.
     */
    public void require(String field, String value, String emptyMessage, int max) {
        if (value == null || isInvisible(value)) {
            add(field, emptyMessage);
        } else if (value.length() > max) {
            add(field, "Use at most " + max + " characters.");
        }
    }

    static boolean isInvisible(String value) {
        return value.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT);
    }

    public void max(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "Use at most " + max + " characters.");
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
