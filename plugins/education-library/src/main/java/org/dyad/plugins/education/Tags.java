package org.dyad.plugins.education;

import java.util.Arrays;
import java.util.List;

/** Tags are stored as one comma-separated column, which the full-text index also covers. */
final class Tags {

    private Tags() {
    }

    static List<String> split(String joined) {
        return Arrays.stream(joined.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    static String join(List<String> tags) {
        return String.join(", ", tags);
    }
}
