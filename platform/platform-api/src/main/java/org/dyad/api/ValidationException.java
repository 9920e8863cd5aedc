package org.dyad.api;

import java.util.List;
import java.util.Map;

/**
 * Thrown when input is refused. Carries one user-facing message per field (key {@code ""} for the whole form). Nothing
 * has been written when it is thrown.
 *
 * @since 1.0
 */
public class ValidationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public ValidationException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public ValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    /** Field name to message; key {@code ""} for errors that concern the whole input. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The messages, in no particular order. */
    public List<String> messages() {
        return List.copyOf(fieldErrors.values());
    }
}
