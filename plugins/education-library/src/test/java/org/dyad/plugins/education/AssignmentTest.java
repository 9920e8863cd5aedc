package org.dyad.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    @Test
    void an_assignment_without_articles_is_refused() {
        assertThatThrownBy(() -> new Assignment(1, List.of(), "note")).hasMessage("Choose at least one article.");
    }

    @Test
    void a_note_over_a_thousand_characters_is_refused() {
        assertThatThrownBy(() -> new Assignment(1, List.of(5L), "n".repeat(1001)))
                .hasMessage("Keep the note under 1000 characters.");
    }

    @Test
    void the_same_article_twice_is_assigned_once() {
        assertThat(new Assignment(1, List.of(5L, 5L, 6L), " Read this first ").articleIds()).containsExactly(5L, 6L);
    }

    @Test
    void a_csv_cell_is_quoted_and_a_leading_formula_is_defused() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
