package org.dyad.api;

/**
 * Thrown when the current user may not perform an action. Its message is safe to show to the user.
 *
 * @since 1.0
 */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
