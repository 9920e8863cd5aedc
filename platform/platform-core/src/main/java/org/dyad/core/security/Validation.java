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
    public void require(String field, String value, String emptyMessage, int max) {
        if (value == null || value.isBlank()) {
            add(field, emptyMessage);
        } else if (value.length() > max) {
            add(field, "Use at most " + max + " characters.");
        }
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
