package org.dyad.plugins.sessionlog.csv;

import java.util.ArrayList;
import java.util.List;
import org.dyad.api.ValidationException;

/** RFC 4180 CSV: commas, double quotes with {@code ""} escapes, quoted line breaks, CRLF/LF/CR line ends. */
final class CsvParser {

    private CsvParser() {
    }

    /** A record and the line it starts on (1-based). */
    record Row(int line, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                rowLine = ++line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new ValidationException("file", "Line " + rowLine + ": a quoted value is never closed.");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        rows.removeIf(Row::isBlank);
        return rows;
    }
}
