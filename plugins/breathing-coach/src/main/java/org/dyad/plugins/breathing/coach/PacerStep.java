package org.dyad.plugins.breathing.coach;

/** One phase of one cycle, placed on the exercise's timeline (milliseconds from the start). */
record PacerStep(int cycle, Phase phase, long startMs, long durationMs) {

    PacerStep {
        if (cycle < 1 || startMs < 0 || durationMs <= 0) {
            throw new IllegalArgumentException("Bad pacer step: cycle " + cycle + ", " + startMs + "+" + durationMs);
        }
    }

    long endMs() {
        return startMs + durationMs;
    }
}
