package org.dyad.plugins.breathing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dyad.plugins.breathing.pattern.BreathingPattern;
import org.dyad.plugins.breathing.pattern.BuiltInPatterns;
import org.dyad.plugins.breathing.pattern.PatternDraft;
import org.dyad.plugins.breathing.pattern.PatternService;
import org.dyad.plugins.breathing.session.BreathingSession;
import org.dyad.plugins.breathing.session.SessionDraft;
import org.dyad.plugins.breathing.session.SessionService;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.HostileAttempts;
import org.dyad.testkit.HostileInput;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus fed to the clinic pattern editor (name, every phase's seconds, cycles, instruction), the choice of
 * the clinic's default pattern, and a parent's session (tension before and after, cycles completed, start and end),
 * including the "how tense now" answer given afterwards. Each attempt is refused with a validation message and leaves
 * the plugin's tables unchanged, or stores a valid value that reads back verbatim.
 *
 * <p>The editor's number fields are {@code IntegerField}s: text that is not a whole number (NaN, 1e309 …) reaches the
 * server as an empty field, which the form sends as -1, so the whole numbers of the corpus cover it.
 */
@DyadPluginTest
class BreathingCoachHostileInputIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private HostileAttempts attempts;
    private int named;
    private int sessionSlot;

    @Test
    void every_field_refuses_hostile_values_or_stores_them_verbatim(TestKit kit) {
        attempts = HostileAttempts.watching(kit.dsl(), kit.pluginTables());
        kit.actAs(kit.clinicB().admin());
        String otherClinicsPattern = new PatternService(kit.context()).create(draft("Elsewhere", 4, 0, 6, 0, 3, ""))
                .key();
        kit.actAs(kit.clinicA().admin());
        PatternService patterns = new PatternService(kit.context());
        patternEditor(patterns);
        clinicDefault(patterns, otherClinicsPattern);
        TestParent parent = kit.clinicA().parent1();
        kit.actAs(parent.user());
        SessionService sessions = new SessionService(kit.context());
        sessions(sessions, parent.clientId());
        kit.actAs(kit.clinicB().parent1().user());
        long otherClinicsSession = new SessionService(kit.context()).save(new SessionDraft(
                kit.clinicB().parent1().clientId(), BuiltInPatterns.LET_DOWN_CALM, 1, 2, null, NOW.minusSeconds(600),
                NOW.minusSeconds(300), null)).id();
        kit.actAs(parent.user());
        tensionAfterwards(sessions, parent.clientId(), otherClinicsSession);
        attempts.figures("hostile-input-breathing-coach", "The hostile corpus fed to the clinic pattern editor (name, "
                        + "inhale/hold/exhale/hold seconds, cycles, instruction), the clinic's default pattern, and a "
                        + "parent's session (tension before/after, cycles completed, start and end times, the later "
                        + "tension answer)", HostileInput.size())
                .write();
        assertThat(attempts.findings()).isEmpty();
    }

    private void patternEditor(PatternService patterns) {
        HostileInput.strings().forEach((name, value) -> {
            String stripped = value.strip();
            pattern(patterns, "pattern name " + name, stripped.isEmpty() || stripped.length() > 60,
                    () -> draft(value, 4, 2, 6, 0, 3, "Slowly."));
            pattern(patterns, "pattern instruction " + name,
                    stripped.length() > 200 || stripped.contains("\n") || stripped.contains("\r"),
                    () -> draft(uniqueName(), 4, 2, 6, 0, 3, value));
        });
        for (int n : HostileInput.integers()) {
            boolean breath = n >= 1 && n <= 20;
            boolean hold = n >= 0 && n <= 20;
            pattern(patterns, "pattern inhale " + n, !breath, () -> draft(uniqueName(), n, 2, 6, 0, 3, ""));
            pattern(patterns, "pattern hold after inhale " + n, !hold, () -> draft(uniqueName(), 4, n, 6, 0, 3, ""));
            pattern(patterns, "pattern exhale " + n, !breath, () -> draft(uniqueName(), 4, 2, n, 0, 3, ""));
            pattern(patterns, "pattern hold after exhale " + n, !hold, () -> draft(uniqueName(), 4, 2, 6, n, 3, ""));
            pattern(patterns, "pattern cycles " + n, !breath, () -> draft(uniqueName(), 4, 2, 6, 0, n, ""));
        }
        pattern(patterns, "pattern name null", true, () -> draft(null, 4, 2, 6, 0, 3, ""));
        pattern(patterns, "pattern instruction null", false, () -> draft(uniqueName(), 4, 2, 6, 0, 3, null));
        pattern(patterns, "pattern name of a built-in one", true, () -> draft("LET-DOWN CALM", 4, 2, 6, 0, 3, ""));
    }

    private void clinicDefault(PatternService patterns, String otherClinicsPattern) {
        List<String> keys = new ArrayList<>(HostileInput.strings().values());
        HostileInput.numberTexts().forEach(n -> keys.add("clinic-" + n));
        keys.add(otherClinicsPattern);
        keys.add("clinic-" + Long.MAX_VALUE);
        keys.add("clinic--1");
        for (String key : keys) {
            attempts.mustReject("default pattern key " + describe(key), () -> patterns.chooseDefault(key));
        }
    }

    private void sessions(SessionService sessions, long clientId) {
        for (Integer n : withNull(HostileInput.integers())) {
            boolean tension = n == null || n >= 1 && n <= 5;
            session(sessions, "tension before " + n, !tension, start -> new SessionDraft(clientId,
                    BuiltInPatterns.LET_DOWN_CALM, 1, n, null, start, start.plusSeconds(60), null));
            session(sessions, "tension after " + n, !tension, start -> new SessionDraft(clientId,
                    BuiltInPatterns.LET_DOWN_CALM, 1, null, n, start, start.plusSeconds(60), null));
        }
        int cycles = BuiltInPatterns.LET_DOWN_CALM.cycles();
        for (int n : HostileInput.integers()) {
            session(sessions, "cycles completed " + n, n < 0 || n > cycles, start -> new SessionDraft(clientId,
                    BuiltInPatterns.LET_DOWN_CALM, n, null, null, start, start.plusSeconds(60), null));
        }
        for (Instant t : withNull(HostileInput.instants())) {
            session(sessions, "started at " + t, true, start -> new SessionDraft(clientId,
                    BuiltInPatterns.LET_DOWN_CALM, 1, null, null, t, start, null));
            session(sessions, "ended at " + t, true, start -> new SessionDraft(clientId,
                    BuiltInPatterns.LET_DOWN_CALM, 1, null, null, start, t, null));
        }
        session(sessions, "ended in the future", true, start -> new SessionDraft(clientId,
                BuiltInPatterns.LET_DOWN_CALM, 1, null, null, NOW, NOW.plus(Duration.ofHours(1)), null));
        session(sessions, "lasting 12 hours and a second", true, start -> new SessionDraft(clientId,
                BuiltInPatterns.LET_DOWN_CALM, 1, null, null, start.minus(Duration.ofHours(12)), start.plusSeconds(1),
                null));
        session(sessions, "pattern null", true, start -> new SessionDraft(clientId, null, 1, null, null, start,
                start.plusSeconds(60), null));
    }

    private void tensionAfterwards(SessionService sessions, long clientId, long otherClinicsSession) {
        Instant start = NOW.minus(Duration.ofDays(2));
        long id = sessions.save(new SessionDraft(clientId, BuiltInPatterns.LET_DOWN_CALM, 1, 3, null, start,
                start.plusSeconds(90), null)).id();
        for (int n : HostileInput.integers()) {
            attempts.attempt("later tension answer " + n, n < 1 || n > 5, () -> {
                sessions.recordTensionAfter(id, n);
                return saved(sessions, clientId, id).tensionAfter() == n;
            });
        }
        for (long other : new long[] {-1, 0, Long.MAX_VALUE, otherClinicsSession}) {
            attempts.mustReject("later tension answer for session " + other, () -> sessions.recordTensionAfter(other, 2));
        }
    }

    private void pattern(PatternService patterns, String what, boolean invalid, Supplier<PatternDraft> draft) {
        attempts.attempt(what, invalid, () -> {
            PatternDraft given = draft.get();
            BreathingPattern created = patterns.create(given);
            return patterns.find(created.key()).map(BreathingPattern::shape).orElseThrow().equals(given);
        });
    }

    private void session(SessionService sessions, String what, boolean invalid, Function<Instant, SessionDraft> draft) {
        Instant start = NOW.minus(Duration.ofHours(1L + sessionSlot++));
        attempts.attempt(what, invalid, () -> {
            SessionDraft given = draft.apply(start);
            BreathingSession saved = sessions.save(given);
            BreathingSession back = saved(sessions, given.clientId(), saved.id());
            return back.equals(saved) && back.cyclesCompleted() == given.cyclesCompleted()
                    && Objects.equals(back.tensionBefore(), given.tensionBefore())
                    && Objects.equals(back.tensionAfter(), given.tensionAfter())
                    && back.startedAt().equals(given.startedAt()) && back.endedAt().equals(given.endedAt());
        });
    }

    private static BreathingSession saved(SessionService sessions, long clientId, long id) {
        return sessions.history(clientId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private static PatternDraft draft(@Nullable String name, int inhale, int holdIn, int exhale, int holdOut,
                                      int cycles, @Nullable String instruction) {
        return new PatternDraft(name, inhale, holdIn, exhale, holdOut, cycles, instruction);
    }

    private String uniqueName() {
        return "Pattern " + ++named;
    }

    private static <T> List<@Nullable T> withNull(List<T> values) {
        List<@Nullable T> all = new ArrayList<>(values);
        all.add(null);
        return all;
    }

    private static String describe(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : "'" + value + "'";
    }
}
