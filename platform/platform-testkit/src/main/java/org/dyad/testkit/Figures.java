package org.dyad.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one reliability suite's last run, written to {@code target/reliability/<suite>.json} of the module
 * whose tests run (Maven runs them in the module's folder), for {@code ReliabilityReport} to render into
 * {@code docs/reliability.md}.
 *
 * @since 1.0.0
 */
public final class Figures {

    private final String suite;
    private final String what;
    private final Map<String, Object> values = new LinkedHashMap<>();

    public Figures(String suite, String what) {
        this.suite = suite;
        this.what = what;
    }

    public Figures put(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** Writes the file (merging nothing: the last run wins). */
    public void write() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("suite", suite);
        all.put("what", what);
        all.put("ranAt", Instant.now().toString());
        all.putAll(values);
        String json = all.entrySet().stream()
                .map(e -> "  " + quote(e.getKey()) + ": " + (e.getValue() instanceof Number ? e.getValue() : quote(String.valueOf(e.getValue()))))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
        try {
            Path dir = dir();
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(suite + ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code target/reliability} of the module whose tests run. */
    public static Path dir() {
        return Paths.get("target", "reliability").toAbsolutePath();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
