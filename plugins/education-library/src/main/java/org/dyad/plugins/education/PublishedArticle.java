package org.dyad.plugins.education;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** A published version of an article, as parents read it. */
record PublishedArticle(long articleId, int version, String title, String summary, String bodyMarkdown,
                        Category category, List<String> tags, String language, String author, int readingMinutes,
                        LocalDateTime publishedAt, String publishedBy) {
    PublishedArticle {
        Objects.requireNonNull(title);
        Objects.requireNonNull(bodyMarkdown);
        tags = List.copyOf(tags);
    }

    ArticleCard card() {
        return new ArticleCard(articleId, title, summary, category, readingMinutes);
    }
}
