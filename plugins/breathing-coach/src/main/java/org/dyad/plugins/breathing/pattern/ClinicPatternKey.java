package org.dyad.plugins.breathing.pattern;

import java.util.Optional;

/** Keys of clinic-defined patterns: {@code clinic-<id>}. */
final class ClinicPatternKey {

    static final String PREFIX = "clinic-";

    private ClinicPatternKey() {
    }

    static String of(long id) {
        return PREFIX + id;
    }

    static Optional<Long> idOf(String key) {
        if (!key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(key.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
