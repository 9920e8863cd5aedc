package org.dyad.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StarterLibraryTest {

    private final List<StarterArticle> library = StarterLibrary.load();

    @Test
    void the_starter_library_has_at_least_eight_articles_with_unique_keys() {
        assertThat(library).hasSizeGreaterThanOrEqualTo(8);
        assertThat(library).extracting(StarterArticle::key).doesNotHaveDuplicates();
    }

    @Test
    void every_starter_article_says_it_does_not_replace_individual_care() {
        assertThat(library).allSatisfy(article -> assertThat(article.draft().bodyMarkdown())
                .contains("does not replace individual care"));
    }

    @Test
    void every_starter_article_has_a_summary_and_tags() {
        assertThat(library).allSatisfy(article -> {
            assertThat(article.draft().summary()).isNotBlank();
            assertThat(article.draft().tags()).isNotEmpty();
        });
    }

    @Test
    void the_library_covers_the_topics_the_clinic_asked_for() {
        String all = library.stream().map(a -> a.draft().title() + " " + a.draft().bodyMarkdown())
                .reduce("", String::concat).toLowerCase();

        assertThat(all).contains("nipple", "oxytocin", "let-down", "prolactin", "night", "supply and demand",
                "hormone", "stress", "rest", "wet nappies", "weight", "pumping", "call your consultant");
    }

    @Test
    void the_stress_article_links_to_the_breathing_coach() {
        assertThat(library).filteredOn(a -> a.key().equals("stress-rest-and-let-down")).singleElement()
                .satisfies(a -> assertThat(a.draft().bodyMarkdown()).contains("(module:breathing-coach/)"));
    }

    @Test
    void a_starter_file_without_a_header_separator_is_refused() {
        assertThatThrownBy(() -> StarterLibrary.parse("broken", "title: x\nno separator"))
                .hasMessage("Starter article broken has no '---' line after its header.");
    }
}
