package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.dyad.api.ValidationException;
import org.junit.jupiter.api.Test;

class NoteContentTest {

    private static final NoteContent BLANK = NoteContent.blank(List.of(BabySection.blank(7, "Ada")));

    @Test
    void a_new_note_is_empty() {
        assertThat(BLANK.isEmpty()).isTrue();
    }

    @Test
    void any_charted_finding_makes_the_note_non_empty() {
        assertThat(BLANK.withPlan("Feed on cue").isEmpty()).isFalse();
        assertThat(BLANK.withTemplateValue("progress", "Better").isEmpty()).isFalse();
        assertThat(BLANK.withBabies(List.of(BabySection.blank(7, "Ada").withLatch(new Latch(1, null, null, null,
                null)))).isEmpty()).isFalse();
        assertThat(BLANK.withBabies(List.of(BabySection.blank(7, "Ada").withFeed(new WeighedFeed(3500, null))))
                .isEmpty()).isFalse();
    }

    @Test
    void whitespace_alone_is_still_empty() {
        assertThat(BLANK.withPlan("  \n ").isEmpty()).isTrue();
    }

    @Test
    void a_text_of_100000_characters_is_refused_with_the_limit_stated() {
        assertThatThrownBy(() -> BLANK.withPlan("x".repeat(100_000)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Plan is too long: 100,000 characters, the limit is 20,000. Nothing was saved; shorten it "
                        + "to save again.");
    }

    @Test
    void a_text_of_exactly_20000_characters_is_accepted() {
        assertThat(BLANK.withPlan("x".repeat(20_000)).plan()).hasSize(20_000);
    }

    @Test
    void template_field_values_have_the_same_limit() {
        assertThatThrownBy(() -> BLANK.withTemplateValue("progress", "x".repeat(20_001)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).fieldErrors())
                .isEqualTo(Map.of("field.progress", "This field is too long: 20,001 characters, the limit is 20,000. "
                        + "Nothing was saved; shorten it to save again."));
    }

    @Test
    void a_baby_weight_outside_the_range_names_the_baby() {
        assertThatThrownBy(() -> new BabySection(7, "Ada", 12_000, "", "", WeighedFeed.NONE, Latch.NONE))
                .hasMessage("The weight of Ada must be between 300 g and 10,000 g (got 12,000 g).");
    }
}
