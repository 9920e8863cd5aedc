package org.dyad.plugins.education;

import java.util.Objects;

/** A line in a list of articles: enough to choose one, without the body. */
record ArticleCard(long articleId, String title, String summary, Category category, int readingMinutes) {
    ArticleCard {
        Objects.requireNonNull(title);
        Objects.requireNonNull(category);
    }
}
