package org.dyad.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.dyad.api.ValidationException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Records attempts to store hostile values (see {@link HostileInput}). Each attempt ends one of three ways:
 * <ul>
 *   <li><b>rejected</b>: a {@link ValidationException} with a clear message (not blank, at most
 *       {@value #MAX_MESSAGE} characters) and the watched stored state unchanged;</li>
 *   <li><b>stored verbatim</b>: the work stored the value and read it back equal (the work returns {@code true});</li>
 *   <li><b>finding</b>: any other exception, a value the test knows to be invalid that was accepted, a value read
 *       back altered, a rejection that changed stored data, or an unclear message.</li>
 * </ul>
 *
 * <pre>{@code
 * HostileAttempts attempts = HostileAttempts.watching(kit.dsl(), kit.pluginTables());
 * HostileInput.strings().forEach((name, s) -> attempts.attempt("note " + name, s.length() > 500,
 *         () -> service.add(clientId, entryWithNote(s)).note().equals(s.strip())));
 * attempts.figures("hostile-input-my-plugin", "…", HostileInput.size()).write();
 * assertThat(attempts.findings()).isEmpty();
 * }</pre>
 *
 * @since 1.0.0
 */
public final class HostileAttempts {

    /** The longest message a rejection may show: longer ones echo the input instead of explaining. */
    public static final int MAX_MESSAGE = 1_000;

    private final Supplier<?> storedState;
    private final List<String> findings = new ArrayList<>();
    private int attempts;
    private int rejected;
    private int stored;
    private int answered;

    /** Watches {@code storedState}: a rejected attempt must leave it equal. */
    public HostileAttempts(Supplier<?> storedState) {
        this.storedState = storedState;
    }

    /** Watches the row count and content checksum of each table (MariaDB {@code CHECKSUM TABLE}). */
    public static HostileAttempts watching(DSLContext dsl, Collection<String> tables) {
        List<String> watched = List.copyOf(tables);
        return new HostileAttempts(() -> watched.stream()
                .map(table -> dsl.fetch("CHECKSUM TABLE {0}", DSL.name(table)).getValue(0, 1)).toList());
    }

    /**
     * Runs one attempt.
     *
     * @param what            names the field and the value, for the findings
     * @param invalid         true when the value must be refused; false when refusing or storing it are both fine
     * @param storeAndReadBack stores the value and returns whether it reads back equal to what was given (after the
     *                         normalisation the form documents, such as stripping spaces)
     */
    public void attempt(String what, boolean invalid, Supplier<Boolean> storeAndReadBack) {
        attempts++;
        Object before = storedState.get();
        try {
            boolean verbatim = storeAndReadBack.get();
            stored++;
            if (invalid) {
                findings.add(what + ": accepted an invalid value");
            } else if (!verbatim) {
                findings.add(what + ": stored altered");
            }
        } catch (ValidationException e) {
            rejected++;
            if (!Objects.equals(before, storedState.get())) {
                findings.add(what + ": refused but changed stored data");
            }
            if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().length() > MAX_MESSAGE) {
                findings.add(what + ": refused without a clear message (" + shorten(e.getMessage()) + ")");
            }
        } catch (RuntimeException e) {
            findings.add(what + ": " + e.getClass().getName() + " " + shorten(e.getMessage()));
        }
    }

    /**
     * A query that stores nothing (a search, a preview): it must answer, or refuse with a clear validation message; an
     * exception is a finding, and so is an {@link AssertionError} the work throws on checking the answer.
     */
    public void query(String what, Runnable work) {
        attempt(what, false, () -> {
            try {
                work.run();
            } catch (AssertionError e) {
                throw new IllegalStateException("unsafe answer: " + e.getMessage(), e);
            }
            answered++;
            return true;
        });
    }

    /** An attempt whose value is invalid: it must be refused. */
    public void mustReject(String what, Runnable work) {
        attempt(what, true, () -> {
            work.run();
            return true;
        });
    }

    public int attempts() {
        return attempts;
    }

    public int rejectedWithValidation() {
        return rejected;
    }

    /** Attempts that stored a value which read back verbatim (not counting {@link #query} answers). */
    public int storedVerbatim() {
        return stored - answered;
    }

    /** Queries ({@link #query}) that answered. */
    public int answered() {
        return answered;
    }

    /** What went wrong, one line per finding; empty when every attempt was rejected or stored verbatim. */
    public List<String> findings() {
        return List.copyOf(findings);
    }

    /**
     * The suite's figures: payloads, attempts, rejectedWithValidation, storedVerbatim, queriesAnswered (when there
     * were queries) and findings.
     */
    public Figures figures(String suite, String what, int payloads) {
        Figures figures = new Figures(suite, what).put("payloads", payloads).put("attempts", attempts)
                .put("rejectedWithValidation", rejected).put("storedVerbatim", storedVerbatim());
        if (answered > 0) {
            figures.put("queriesAnswered", answered);
        }
        return figures.put("findings", findings.size());
    }

    private static String shorten(@Nullable String message) {
        return message == null ? "null" : message.length() <= 200 ? message : message.substring(0, 200) + "…";
    }
}
