package org.dyad.plugins.education;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** A line-by-line difference between two versions of an article's Markdown, in unified-diff form. */
final class VersionDiff {

    private static final int CONTEXT_LINES = 2;

    private VersionDiff() {
    }

    /** One line of the difference. */
    record Line(Kind kind, String text) {
    }

    /** Whether a line was added, removed, kept as context, or marks a new hunk. */
    enum Kind { ADDED, REMOVED, CONTEXT, HUNK }

    static List<Line> between(PublishedArticle before, PublishedArticle after) {
        List<String> old = lines(before);
        List<String> current = lines(after);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("v" + before.version(), "v" + after.version(),
                old, DiffUtils.diff(old, current), CONTEXT_LINES);
        return unified.stream().skip(2).map(VersionDiff::line).toList();
    }

    private static List<String> lines(PublishedArticle article) {
        String text = "# " + article.title() + "\n\n" + article.summary() + "\n\n" + article.bodyMarkdown();
        return text.lines().toList();
    }

    private static Line line(String raw) {
        if (raw.startsWith("@@")) {
            return new Line(Kind.HUNK, raw);
        }
        String text = raw.isEmpty() ? "" : raw.substring(1);
        return switch (raw.isEmpty() ? ' ' : raw.charAt(0)) {
            case '+' -> new Line(Kind.ADDED, text);
            case '-' -> new Line(Kind.REMOVED, text);
            default -> new Line(Kind.CONTEXT, text);
        };
    }
}
