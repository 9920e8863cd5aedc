package org.dyad.web.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders the figures the reliability suites wrote to {@code target/reliability/*.json} of every module (web-ui, platform/*, plugins/*) as the table in
 * {@code docs/reliability.md}, between the {@code <!-- figures:start -->} and {@code <!-- figures:end -->} markers.
 * Dependency-free, so that it runs as a single source file from the repository root:
 * {@code java web-ui/src/test/java/org/dyad/web/reliability/ReliabilityReport.java}.
 */
final class ReliabilityReport {

    private static final Pattern LINE = Pattern.compile("^\\s*\"([^\"]+)\":\\s*(\"(.*)\"|[-0-9.]+),?\\s*$");
    private static final String START = "<!-- figures:start -->";
    private static final String END = "<!-- figures:end -->";

    private ReliabilityReport() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Paths.get(args.length > 0 ? args[0] : ".");
        Path doc = root.resolve("docs/reliability.md");
        String text = Files.readString(doc);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(doc + " has no " + START + " … " + END + " block");
        }
        String table = table(readAll(root));
        Files.writeString(doc, text.substring(0, start + START.length()) + "\n" + table + text.substring(end));
    }

    /** Every module's {@code target/reliability} folder (web-ui, platform/*, plugins/*), sorted by suite name. */
    static List<Map<String, String>> readAll(Path root) throws IOException {
        List<Map<String, String>> suites = new ArrayList<>();
        for (String module : List.of("web-ui", "platform", "plugins")) {
            if (module.equals("web-ui")) {
                suites.addAll(read(root.resolve("web-ui/target/reliability")));
            } else if (Files.isDirectory(root.resolve(module))) {
                try (Stream<Path> children = Files.list(root.resolve(module))) {
                    for (Path child : children.sorted().toList()) {
                        suites.addAll(read(child.resolve("target/reliability")));
                    }
                }
            }
        }
        suites.sort(java.util.Comparator.comparing(s -> s.getOrDefault("suite", "")));
        return suites;
    }

    static List<Map<String, String>> read(Path dir) throws IOException {
        List<Map<String, String>> suites = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return suites;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String line : Files.readAllLines(file)) {
                    Matcher m = LINE.matcher(line);
                    if (m.matches()) {
                        values.put(m.group(1), m.group(3) != null ? m.group(3).replace("\\\"", "\"") : m.group(2));
                    }
                }
                suites.add(values);
            }
        }
        return suites;
    }

    static String table(List<Map<String, String>> suites) {
        StringBuilder b = new StringBuilder("| Suite | What it does | Figures of the last run | Run at (UTC) |\n|---|---|---|---|\n");
        for (Map<String, String> s : suites) {
            StringBuilder figures = new StringBuilder();
            s.forEach((k, v) -> {
                if (!List.of("suite", "what", "ranAt").contains(k)) {
                    figures.append(figures.isEmpty() ? "" : ", ").append(k).append(" = ").append(v);
                }
            });
            b.append("| ").append(s.get("suite")).append(" | ").append(cell(s.get("what"))).append(" | ")
                    .append(cell(figures.toString())).append(" | ").append(s.getOrDefault("ranAt", "").replaceAll("\\..*", ""))
                    .append(" |\n");
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }
}
