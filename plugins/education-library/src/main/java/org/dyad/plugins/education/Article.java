package org.dyad.plugins.education;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An article's working copy as staff see it.
 *
 * @param starterKey  set for the clinic's copy of a platform starter article, which is read-only
 * @param liveVersion the published version parents read, if any
 * @param rowVersion  for optimistic locking: an edit names the version it started from
 */
record Article(long id, @Nullable String starterKey, ArticleDraft draft, String author, int readingMinutes,
               ArticleStatus status, boolean hidden, @Nullable Integer liveVersion, int rowVersion,
               LocalDateTime updatedAt) {
    Article {
        Objects.requireNonNull(draft);
        Objects.requireNonNull(status);
    }

    boolean isStarter() {
        return starterKey != null;
    }

    String reviewByText() {
        return draft.reviewBy() == null ? "" : draft.reviewBy().toString();
    }

    Optional<Integer> live() {
        return Optional.ofNullable(liveVersion);
    }
}
