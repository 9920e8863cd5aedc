package org.dyad.plugins.notes;

import org.dyad.api.ValidationException;

/** A field of a note template, identified within its template by {@code key}. */
record TemplateField(String key, String label) {

    static final int MAX_LABEL = 120;

    TemplateField {
        if (label == null || label.isBlank()) {
            throw new ValidationException("fields", "Every field needs a label.");
        }
        if (label.length() > MAX_LABEL) {
            throw new ValidationException("fields", "A field label can have at most " + MAX_LABEL + " characters.");
        }
        label = label.strip();
    }
}
