package org.dyad.plugins.notes;

/** Thrown when a save or signature meets a note someone else changed meanwhile. Its message is for the user. */
final class NoteConflictException extends RuntimeException {

    NoteConflictException(String message) {
        super(message);
    }
}
