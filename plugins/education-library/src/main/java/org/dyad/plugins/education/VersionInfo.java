package org.dyad.plugins.education;

import java.time.LocalDateTime;

/** One entry in an article's version history. */
record VersionInfo(int version, String title, LocalDateTime publishedAt, String publishedBy) {
    VersionInfo {
        if (version < 1) {
            throw new IllegalArgumentException("Versions start at 1: " + version);
        }
    }
}
