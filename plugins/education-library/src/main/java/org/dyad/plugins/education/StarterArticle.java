package org.dyad.plugins.education;

import java.util.Objects;

/**
 * One of the platform's starter articles, as shipped in the jar.
 *
 * @param key stable identity across plugin versions, the resource's file name without {@code .md}
 */
record StarterArticle(String key, ArticleDraft draft) {
    StarterArticle {
        Objects.requireNonNull(draft);
        if (!key.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Starter article key must be lower-case words and dashes: " + key);
        }
    }
}
