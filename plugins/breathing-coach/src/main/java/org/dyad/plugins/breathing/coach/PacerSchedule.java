package org.dyad.plugins.breathing.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.plugins.breathing.pattern.PatternDraft;

/**
 * The exercise's timeline: every phase boundary as an offset from the start. Phases of zero seconds are left out.
 * The browser plays exactly this timeline, scheduling each boundary from the start time so that nothing drifts.
 */
record PacerSchedule(List<PacerStep> steps) {

    PacerSchedule {
        steps = List.copyOf(steps);
    }

    static PacerSchedule of(PatternDraft shape) {
        List<PacerStep> steps = new ArrayList<>();
        long at = 0;
        for (int cycle = 1; cycle <= shape.cycles(); cycle++) {
            at = add(steps, cycle, Phase.INHALE, shape.inhale(), at);
            at = add(steps, cycle, Phase.HOLD_IN, shape.holdIn(), at);
            at = add(steps, cycle, Phase.EXHALE, shape.exhale(), at);
            at = add(steps, cycle, Phase.HOLD_OUT, shape.holdOut(), at);
        }
        return new PacerSchedule(steps);
    }

    long totalMs() {
        return steps.isEmpty() ? 0 : steps.getLast().endMs();
    }

    int cycles() {
        return steps.isEmpty() ? 0 : steps.getLast().cycle();
    }

    /** The timeline as JSON for the browser script, with each phase's name in the user's language. */
    String toJson(Function<Phase, String> label) {
        return toJson(label, Map.of());
    }

    /**
     * The same with the script's other texts ({@code readyText}, {@code doneText}, {@code pausedText}, and
     * {@code cycleText} with {@code {0}} for the cycle and {@code {1}} for the number of cycles).
     */
    String toJson(Function<Phase, String> label, Map<String, String> texts) {
        String items = steps.stream().map(step -> stepJson(step, label.apply(step.phase())))
                .collect(Collectors.joining(","));
        String extra = new TreeMap<>(texts).entrySet().stream()
                .map(text -> "," + Json.string(text.getKey()) + ":" + Json.string(text.getValue()))
                .collect(Collectors.joining());
        return "{\"cycles\":" + cycles() + ",\"total\":" + totalMs() + extra + ",\"steps\":[" + items + "]}";
    }

    private static long add(List<PacerStep> steps, int cycle, Phase phase, int seconds, long at) {
        if (seconds == 0) {
            return at;
        }
        steps.add(new PacerStep(cycle, phase, at, seconds * 1000L));
        return at + seconds * 1000L;
    }

    private static String stepJson(PacerStep step, String label) {
        return "{\"cycle\":" + step.cycle() + ",\"phase\":\"" + step.phase().cssName() + "\",\"label\":"
                + Json.string(label) + ",\"start\":" + step.startMs() + ",\"duration\":" + step.durationMs()
                + ",\"scale\":" + step.phase().scale() + "}";
    }
}
