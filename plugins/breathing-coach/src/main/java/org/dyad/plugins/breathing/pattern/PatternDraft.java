package org.dyad.plugins.breathing.pattern;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.api.ValidationException;

/**
 * The shape of a breathing pattern: seconds per phase, cycles, a name and a one-line instruction. Refuses bad values
 * with one message per field, so nothing is ever saved from bad input.
 *
 * @param inhale  seconds, 1–20
 * @param holdIn  seconds after the inhale, 0–20
 * @param exhale  seconds, 1–20
 * @param holdOut seconds after the exhale, 0–20
 * @param cycles  1–20
 */
public record PatternDraft(String name, int inhale, int holdIn, int exhale, int holdOut, int cycles,
                           String instruction) {

    public static final int MAX_SECONDS = 20;
    public static final int MAX_CYCLES = 20;
    public static final int MAX_NAME = 60;
    public static final int MAX_INSTRUCTION = 200;

    public PatternDraft {
        name = name == null ? "" : name.strip();
        instruction = instruction == null ? "" : instruction.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        seconds(errors, "inhale", "Inhale", inhale, 1);
        seconds(errors, "holdIn", "Hold after the inhale", holdIn, 0);
        seconds(errors, "exhale", "Exhale", exhale, 1);
        seconds(errors, "holdOut", "Hold after the exhale", holdOut, 0);
        if (cycles < 1 || cycles > MAX_CYCLES) {
            errors.put("cycles", "Cycles must be between 1 and " + MAX_CYCLES + ".");
        }
        checkName(errors, name);
        checkInstruction(errors, instruction);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Seconds of one full cycle. */
    public int cycleSeconds() {
        return inhale + holdIn + exhale + holdOut;
    }

    /** Seconds of the whole exercise. */
    public int totalSeconds() {
        return cycleSeconds() * cycles;
    }

    private static void seconds(Map<String, String> errors, String field, String label, int value, int min) {
        if (value < min || value > MAX_SECONDS) {
            errors.put(field, label + " must be between " + min + " and " + MAX_SECONDS + " seconds.");
        }
    }

    private static void checkName(Map<String, String> errors, String name) {
        if (name.isEmpty()) {
            errors.put("name", "Enter a name for the pattern.");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "Keep the name to " + MAX_NAME + " characters.");
        }
    }

    private static void checkInstruction(Map<String, String> errors, String instruction) {
        if (instruction.length() > MAX_INSTRUCTION || instruction.contains("\n") || instruction.contains("\r")) {
            errors.put("instruction", "Keep the instruction to one line of at most " + MAX_INSTRUCTION + " characters.");
        }
    }
}
