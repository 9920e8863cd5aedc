package org.dyad.plugins.education;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what a person types into a MariaDB boolean-mode full-text query: words only (no operators, so input can never
 * change the query's meaning), each matched as a prefix ("pump" finds "pumping"), any word may match.
 */
final class SearchTerms {

    static final int MAX_WORDS = 8;

    private SearchTerms() {
    }

    /** The boolean-mode expression, or empty when the input holds no word worth searching for. */
    static Optional<String> booleanQuery(String input) {
        String query = Arrays.stream(input.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 2)
                .distinct()
                .limit(MAX_WORDS)
                .map(word -> word + "*")
                .collect(Collectors.joining(" "));
        return query.isEmpty() ? Optional.empty() : Optional.of(query);
    }
}
