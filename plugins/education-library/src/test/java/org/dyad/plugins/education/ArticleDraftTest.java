package org.dyad.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.api.ValidationException;
import org.junit.jupiter.api.Test;

class ArticleDraftTest {

    @Test
    void a_complete_draft_is_accepted_with_tags_normalised() {
        ArticleDraft draft = ArticleDraft.of(" Latch ", "Short.", "Body text.", "feeding", "Latch, comfort, latch, ",
                "en", null);

        assertThat(draft.title()).isEqualTo("Latch");
        assertThat(draft.category()).isEqualTo(Category.FEEDING);
        assertThat(draft.tags()).containsExactly("latch", "comfort");
    }

    @Test
    void an_empty_title_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> draft("  ", "Body."))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("title", "Give the article a title."));
    }

    @Test
    void an_unknown_category_is_refused_naming_the_allowed_ones() {
        assertThatThrownBy(() -> ArticleDraft.of("T", "", "Body.", "gossip", "", "en", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsEntry(
                        "category", "Unknown category 'gossip'. Choose one of: HOW_MILK_IS_MADE, FEEDING, SUPPLY, "
                                + "PUMPING, WELLBEING, GETTING_HELP."));
    }

    @Test
    void a_one_megabyte_body_is_refused_with_its_size_and_the_limit() {
        String megabyte = "a".repeat(1024 * 1024);

        assertThatThrownBy(() -> draft("T", megabyte))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsEntry(
                        "body", "The article text is 1024 KB; the limit is 200 KB. Split it into several articles."));
    }

    @Test
    void a_body_just_under_the_limit_is_accepted() {
        assertThat(draft("T", "a".repeat(ArticleDraft.MAX_BODY_BYTES)).bodyMarkdown()).hasSize(200 * 1024);
    }

    @Test
    void the_body_limit_counts_bytes_so_that_multibyte_text_cannot_slip_past_it() {
        String emoji = "\uD83C\uDF7C".repeat(ArticleDraft.MAX_BODY_BYTES / 4 + 1);

        assertThatThrownBy(() -> draft("T", emoji)).isInstanceOf(ValidationException.class);
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThatThrownBy(() -> new ArticleDraft("", "s".repeat(501), " ", Category.PUMPING, List.of(), "english",
                null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("title", "summary", "body", "language"));
    }

    @Test
    void too_many_tags_are_refused() {
        List<String> tags = java.util.stream.IntStream.range(0, 11).mapToObj(i -> "tag" + i).toList();

        assertThatThrownBy(() -> new ArticleDraft("T", "", "B", Category.PUMPING, tags, "en", null))
                .hasMessage("Use at most 10 tags.");
    }

    @Test
    void reading_time_is_at_least_one_minute_and_grows_with_the_text() {
        assertThat(ReadingTime.minutes("")).isEqualTo(1);
        assertThat(ReadingTime.minutes("word ".repeat(200))).isEqualTo(1);
        assertThat(ReadingTime.minutes("word ".repeat(201))).isEqualTo(2);
    }

    private static ArticleDraft draft(String title, String body) {
        return new ArticleDraft(title, "", body, Category.SUPPLY, List.of(), "en", null);
    }
}
