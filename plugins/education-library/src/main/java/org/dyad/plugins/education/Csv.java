package org.dyad.plugins.education;

import org.jspecify.annotations.Nullable;

/** RFC 4180 cells; a leading formula character is defused so spreadsheets show the text instead of running it. */
final class Csv {

    private Csv() {
    }

    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
