package org.dyad.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.api.ValidationException;
import org.junit.jupiter.api.Test;

/** How the runner classifies each kind of outcome. */
class HostileAttemptsTest {

    private final List<String> stored = new ArrayList<>();
    private final HostileAttempts attempts = new HostileAttempts(() -> List.copyOf(stored));

    @Test
    void a_refusal_that_writes_nothing_and_a_verbatim_store_are_no_findings() {
        attempts.attempt("refused", true, () -> {
            throw new ValidationException("name", "Enter a name.");
        });
        attempts.attempt("stored", false, () -> stored.add("Zuri"));
        attempts.query("search", () -> { });

        assertThat(attempts.findings()).isEmpty();
        assertThat(attempts.attempts()).isEqualTo(3);
        assertThat(attempts.rejectedWithValidation()).isEqualTo(1);
        assertThat(attempts.storedVerbatim()).isEqualTo(1);
        assertThat(attempts.answered()).isEqualTo(1);
    }

    @Test
    void every_other_outcome_is_a_finding() {
        attempts.attempt("accepted", true, () -> true);
        attempts.attempt("altered", false, () -> false);
        attempts.attempt("crashed", false, () -> {
            throw new IllegalStateException("boom");
        });
        attempts.attempt("half-written", true, () -> {
            stored.add("row");
            throw new ValidationException("", "Refused.");
        });
        attempts.attempt("echoed", true, () -> {
            throw new ValidationException("name", "Bad: " + HostileInput.strings().get("huge"));
        });
        attempts.query("unsafe answer", () -> {
            throw new AssertionError("has <script>");
        });

        assertThat(attempts.findings()).hasSize(6);
        assertThat(attempts.findings().get(0)).isEqualTo("accepted: accepted an invalid value");
        assertThat(attempts.findings().get(1)).isEqualTo("altered: stored altered");
        assertThat(attempts.findings().get(2)).startsWith("crashed: java.lang.IllegalStateException boom");
        assertThat(attempts.findings().get(3)).isEqualTo("half-written: refused but changed stored data");
        assertThat(attempts.findings().get(4)).startsWith("echoed: refused without a clear message");
        assertThat(attempts.findings().get(5)).contains("unsafe answer: has <script>");
    }

    @Test
    void the_corpus_holds_every_kind_of_value() {
        assertThat(HostileInput.strings()).containsKeys("empty", "huge", "rtl-override", "emoji", "sql", "html-script",
                "html-img", "html-svg", "markdown-js-link", "nul");
        assertThat(HostileInput.strings().get("huge")).hasSize(HostileInput.HUGE_LENGTH);
        assertThat(HostileInput.size()).isEqualTo(HostileInput.strings().size() + HostileInput.integers().size()
                + HostileInput.doubles().size() + HostileInput.numberTexts().size() + HostileInput.dates().size()
                + HostileInput.instants().size());
    }
}
