package org.dyad.plugins.education;

/** Estimated reading time at a calm 200 words a minute, never less than one minute. */
final class ReadingTime {

    private static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    static int minutes(String text) {
        String stripped = text.strip();
        int words = stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
