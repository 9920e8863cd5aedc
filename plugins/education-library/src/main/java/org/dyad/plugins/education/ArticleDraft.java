package org.dyad.plugins.education;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.api.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * What an author writes: validated on construction, so that an invalid draft never exists. Every problem is reported
 * at once, one message per field.
 *
 * @param bodyMarkdown Markdown; raw HTML in it is shown as text, never interpreted
 */
record ArticleDraft(String title, String summary, String bodyMarkdown, Category category, List<String> tags,
                    String language, @Nullable LocalDate reviewBy) {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 500;
    static final int MAX_BODY_BYTES = 200 * 1024;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 40;
    static final LocalDate EARLIEST_REVIEW = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST_REVIEW = LocalDate.of(2100, 12, 31);

    ArticleDraft {
        title = Objects.requireNonNullElse(title, "").strip();
        summary = Objects.requireNonNullElse(summary, "").strip();
        bodyMarkdown = Objects.requireNonNullElse(bodyMarkdown, "");
        language = Objects.requireNonNullElse(language, "").strip();
        tags = Objects.requireNonNullElse(tags, List.<String>of()).stream().map(String::strip)
                .filter(t -> !t.isEmpty()).map(String::toLowerCase).distinct().toList();
        Map<String, String> errors = problems(title, summary, bodyMarkdown, tags, language);
        if (category == null) {
            errors.put("category", "Choose a category.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Builds a draft from form values, turning an unknown category into a message like any other field. */
    static ArticleDraft of(String title, String summary, String body, String category, String tags, String language,
                           @Nullable LocalDate reviewBy) {
        Category parsed = Category.parse(category);
        return new ArticleDraft(title, summary, body, parsed, Tags.split(tags), language, reviewBy);
    }

    /**
     * Refuses a review date outside {@link #EARLIEST_REVIEW}–{@link #LATEST_REVIEW} before the draft is written.
     * Checked on writing only, so that an article stored earlier with another date still opens.
     */
    void requireWritable() {
        if (reviewBy != null && (reviewBy.isBefore(EARLIEST_REVIEW) || reviewBy.isAfter(LATEST_REVIEW))) {
            throw new ValidationException("reviewBy", "Choose a review date between the years "
                    + EARLIEST_REVIEW.getYear() + " and " + LATEST_REVIEW.getYear() + ".");
        }
    }

    int readingMinutes() {
        return ReadingTime.minutes(bodyMarkdown);
    }

    private static Map<String, String> problems(String title, String summary, String body, List<String> tags,
                                                String language) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isEmpty()) {
            errors.put("title", "Give the article a title.");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "The title is too long: keep it under " + MAX_TITLE + " characters.");
        }
        if (summary.length() > MAX_SUMMARY) {
            errors.put("summary", "The summary is too long: keep it under " + MAX_SUMMARY + " characters.");
        }
        bodyProblem(body).ifPresent(message -> errors.put("body", message));
        tagProblem(tags).ifPresent(message -> errors.put("tags", message));
        if (!language.matches("[a-z]{2}(-[A-Z]{2})?")) {
            errors.put("language", "Use a language code such as 'en' or 'fr-CA'.");
        }
        return errors;
    }

    private static Optional<String> bodyProblem(String body) {
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (body.isBlank()) {
            return Optional.of("Write the article's text.");
        }
        if (bytes > MAX_BODY_BYTES) {
            return Optional.of("The article text is " + kilobytes(bytes) + " KB; the limit is "
                    + kilobytes(MAX_BODY_BYTES) + " KB. Split it into several articles.");
        }
        return Optional.empty();
    }

    private static Optional<String> tagProblem(List<String> tags) {
        if (tags.size() > MAX_TAGS) {
            return Optional.of("Use at most " + MAX_TAGS + " tags.");
        }
        return tags.stream().filter(t -> t.length() > MAX_TAG).findFirst()
                .map(t -> "Keep each tag under " + MAX_TAG + " characters.");
    }

    private static long kilobytes(int bytes) {
        return (bytes + 1023) / 1024;
    }
}
