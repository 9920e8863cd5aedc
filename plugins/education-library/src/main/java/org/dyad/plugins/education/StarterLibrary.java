package org.dyad.plugins.education;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the starter articles from {@code education-library/starter/*.md} in this jar. Each file starts with {@code key: value} lines
 * (title, summary, category, tags, language), then a line {@code ---}, then the Markdown body; {@code index.txt}
 * lists the files in reading order.
 */
final class StarterLibrary {

    static final String AUTHOR = "Dyad starter library";
    private static final String FOLDER = "education-library/starter/";

    private StarterLibrary() {
    }

    static List<StarterArticle> load() {
        return read(FOLDER + "index.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(StarterLibrary::article)
                .toList();
    }

    static StarterArticle parse(String key, String text) {
        int separator = text.indexOf("\n---\n");
        if (separator < 0) {
            throw new IllegalArgumentException("Starter article " + key + " has no '---' line after its header.");
        }
        Map<String, String> header = header(text.substring(0, separator));
        String body = text.substring(separator + 5);
        return new StarterArticle(key, ArticleDraft.of(header.getOrDefault("title", ""),
                header.getOrDefault("summary", ""), body, header.getOrDefault("category", ""),
                header.getOrDefault("tags", ""), header.getOrDefault("language", "en"), null));
    }

    private static StarterArticle article(String fileName) {
        return parse(fileName.replaceFirst("\\.md$", ""), read(FOLDER + fileName));
    }

    private static Map<String, String> header(String text) {
        Map<String, String> header = new LinkedHashMap<>();
        text.lines().filter(line -> line.contains(":")).forEach(line -> {
            int colon = line.indexOf(':');
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        });
        return header;
    }

    private static String read(String resource) {
        try (InputStream in = StarterLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource in the education-library jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
