package org.dyad.plugins.breathing.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.dyad.api.ValidationException;
import org.dyad.plugins.breathing.pattern.BuiltInPatterns;
import org.junit.jupiter.api.Test;

class SessionDraftTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void a_session_with_every_cycle_is_complete_and_one_with_fewer_is_partial() {
        assertThat(draft(3, 4, 2).partial()).isFalse();
        assertThat(draft(2, 4, 2).partial()).isTrue();
        assertThat(draft(0, null, null).partial()).isTrue();
    }

    @Test
    void tension_outside_one_to_five_is_refused() {
        assertThatThrownBy(() -> draft(3, 0, 6))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "tensionBefore", "tensionAfter"))
                .hasMessageContaining("How tense you feel is a number from 1 (calm) to 5 (very tense).");
    }

    @Test
    void more_cycles_than_the_pattern_has_are_refused() {
        assertThatThrownBy(() -> draft(4, null, null)).hasMessage("Cycles completed must be between 0 and 3.");
    }

    @Test
    void a_session_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> new SessionDraft(1, BuiltInPatterns.LET_DOWN_CALM, 3, null, null, START,
                START.minusSeconds(1), null)).hasMessage("A session cannot end before it starts.");
    }

    @Test
    void dropping_the_pump_link_keeps_everything_else() {
        SessionDraft linked = new SessionDraft(1, BuiltInPatterns.LET_DOWN_CALM, 3, 4, 2, START,
                START.plusSeconds(36), 77L);

        assertThat(linked.withoutPump()).isEqualTo(new SessionDraft(1, BuiltInPatterns.LET_DOWN_CALM, 3, 4, 2, START,
                START.plusSeconds(36), null));
    }

    private static SessionDraft draft(int cycles, Integer before, Integer after) {
        return new SessionDraft(1, BuiltInPatterns.LET_DOWN_CALM, cycles, before, after, START, START.plusSeconds(36),
                null);
    }
}
