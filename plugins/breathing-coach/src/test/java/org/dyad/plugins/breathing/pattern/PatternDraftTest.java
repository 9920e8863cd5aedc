package org.dyad.plugins.breathing.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.dyad.api.ValidationException;
import org.junit.jupiter.api.Test;

class PatternDraftTest {

    @Test
    void a_pattern_within_the_limits_is_accepted_and_trimmed() {
        PatternDraft draft = new PatternDraft("  Evening wind-down ", 5, 0, 7, 1, 20, " Slowly. ");

        assertThat(draft.name()).isEqualTo("Evening wind-down");
        assertThat(draft.instruction()).isEqualTo("Slowly.");
        assertThat(draft.totalSeconds()).isEqualTo(13 * 20);
    }

    @Test
    void seconds_outside_zero_to_twenty_are_refused_with_a_message_per_field() {
        assertThatThrownBy(() -> new PatternDraft("X", 21, -1, 4, 21, 3, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).isEqualTo(Map.of(
                        "inhale", "Inhale must be between 1 and 20 seconds.",
                        "holdIn", "Hold after the inhale must be between 0 and 20 seconds.",
                        "holdOut", "Hold after the exhale must be between 0 and 20 seconds.")));
    }

    @Test
    void inhale_and_exhale_need_at_least_one_second() {
        assertThatThrownBy(() -> new PatternDraft("X", 0, 2, 0, 0, 3, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).isEqualTo(Map.of(
                        "inhale", "Inhale must be between 1 and 20 seconds.",
                        "exhale", "Exhale must be between 1 and 20 seconds.")));
    }

    @Test
    void cycles_outside_one_to_twenty_are_refused() {
        assertThatThrownBy(() -> new PatternDraft("X", 4, 2, 6, 0, 0, ""))
                .hasMessage("Cycles must be between 1 and 20.");
        assertThatThrownBy(() -> new PatternDraft("X", 4, 2, 6, 0, 21, ""))
                .hasMessage("Cycles must be between 1 and 20.");
    }

    @Test
    void an_empty_or_blank_name_is_refused() {
        assertThatThrownBy(() -> new PatternDraft("   ", 4, 2, 6, 0, 3, ""))
                .hasMessage("Enter a name for the pattern.");
        assertThatThrownBy(() -> new PatternDraft(null, 4, 2, 6, 0, 3, ""))
                .hasMessage("Enter a name for the pattern.");
    }

    @Test
    void the_instruction_must_be_one_line() {
        assertThatThrownBy(() -> new PatternDraft("X", 4, 2, 6, 0, 3, "Breathe in.\nBreathe out."))
                .hasMessage("Keep the instruction to one line of at most 200 characters.");
    }

    @Test
    void the_built_in_patterns_are_the_ones_clinics_teach() {
        assertThat(BuiltInPatterns.LET_DOWN_CALM.summary()).isEqualTo("in 4 · hold 2 · out 6 · 3 cycles");
        assertThat(BuiltInPatterns.BOX.summary()).isEqualTo("in 4 · hold 4 · out 4 · hold 4 · 4 cycles");
        assertThat(BuiltInPatterns.FOUR_SEVEN_EIGHT.summary()).isEqualTo("in 4 · hold 7 · out 8 · 4 cycles");
        assertThat(BuiltInPatterns.all()).noneMatch(BreathingPattern::isClinicPattern);
    }

    @Test
    void built_in_names_are_taken_whatever_their_case() {
        assertThat(BuiltInPatterns.isNameTaken("let-down CALM")).isTrue();
        assertThat(BuiltInPatterns.isNameTaken("Evening")).isFalse();
    }

    @Test
    void clinic_pattern_keys_round_trip_and_reject_anything_else() {
        assertThat(ClinicPatternKey.idOf(ClinicPatternKey.of(42))).contains(42L);
        assertThat(ClinicPatternKey.idOf("clinic-x")).isEmpty();
        assertThat(ClinicPatternKey.idOf("box")).isEmpty();
    }
}
