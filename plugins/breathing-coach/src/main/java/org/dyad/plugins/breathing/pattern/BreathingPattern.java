package org.dyad.plugins.breathing.pattern;

import java.util.Objects;

/**
 * A pattern a parent can breathe: a built-in one (key such as {@code let-down-calm}) or a clinic's own
 * (key {@code clinic-<id>}).
 */
public record BreathingPattern(String key, PatternDraft shape) {

    public BreathingPattern {
        Objects.requireNonNull(shape, "shape");
        if (key == null || !key.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("A pattern key is lower-case letters, digits and dashes: " + key);
        }
    }

    public String name() {
        return shape.name();
    }

    public String instruction() {
        return shape.instruction();
    }

    public int cycles() {
        return shape.cycles();
    }

    /** Whether this pattern belongs to a clinic rather than the coach. */
    public boolean isClinicPattern() {
        return key.startsWith(ClinicPatternKey.PREFIX);
    }

    /** "in 4 · hold 2 · out 6 · 3 cycles", for lists and cards. */
    public String summary() {
        StringBuilder text = new StringBuilder("in ").append(shape.inhale());
        if (shape.holdIn() > 0) {
            text.append(" · hold ").append(shape.holdIn());
        }
        text.append(" · out ").append(shape.exhale());
        if (shape.holdOut() > 0) {
            text.append(" · hold ").append(shape.holdOut());
        }
        return text.append(" · ").append(shape.cycles()).append(shape.cycles() == 1 ? " cycle" : " cycles").toString();
    }
}
