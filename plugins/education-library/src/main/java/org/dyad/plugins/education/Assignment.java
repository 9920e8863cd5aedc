package org.dyad.plugins.education;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.api.ValidationException;

/** A consultant's request to assign articles to a client, with one personal note for all of them. */
record Assignment(long clientId, List<Long> articleIds, String note) {

    static final int MAX_NOTE = 1000;
    static final int MAX_ARTICLES = 20;

    Assignment {
        articleIds = Objects.requireNonNullElse(articleIds, List.<Long>of()).stream().distinct().toList();
        note = Objects.requireNonNullElse(note, "").strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (articleIds.isEmpty()) {
            errors.put("articles", "Choose at least one article.");
        } else if (articleIds.size() > MAX_ARTICLES) {
            errors.put("articles", "Assign at most " + MAX_ARTICLES + " articles at a time.");
        }
        if (note.length() > MAX_NOTE) {
            errors.put("note", "Keep the note under " + MAX_NOTE + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
