package org.dyad.plugins.education;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One client's relation to one article: assigned (with a note), opened, finished. */
record Reading(long clientId, ArticleCard article, @Nullable LocalDateTime assignedAt, @Nullable String assignedBy,
               @Nullable String note, @Nullable LocalDateTime openedAt, @Nullable LocalDateTime finishedAt) {
    Reading {
        Objects.requireNonNull(article);
    }

    boolean assigned() {
        return assignedAt != null;
    }

    boolean opened() {
        return openedAt != null;
    }

    boolean finished() {
        return finishedAt != null;
    }

    Optional<String> personalNote() {
        return Optional.ofNullable(note).filter(n -> !n.isBlank());
    }

    /** "Assigned", "Opened" or "Finished": the furthest step reached. */
    String progress() {
        return finished() ? "Finished" : opened() ? "Opened" : "Assigned";
    }
}
