package org.dyad.plugins.breathing.pattern;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The patterns every clinic has. "Let-down calm" is the default until a clinic chooses another. */
public final class BuiltInPatterns {

    public static final BreathingPattern LET_DOWN_CALM = new BreathingPattern("let-down-calm",
            new PatternDraft("Let-down calm", 4, 2, 6, 0, 3,
                    "Breathe in gently through your nose, pause, and let a long breath out."));
    public static final BreathingPattern BOX = new BreathingPattern("box",
            new PatternDraft("Box breathing", 4, 4, 4, 4, 4,
                    "In, hold, out, hold: four counts each, like the sides of a box."));
    public static final BreathingPattern FOUR_SEVEN_EIGHT = new BreathingPattern("4-7-8",
            new PatternDraft("4-7-8", 4, 7, 8, 0, 4,
                    "In for four, hold for seven, and out slowly for eight."));

    private static final List<BreathingPattern> ALL = List.of(LET_DOWN_CALM, BOX, FOUR_SEVEN_EIGHT);

    private BuiltInPatterns() {
    }

    public static List<BreathingPattern> all() {
        return ALL;
    }

    static Optional<BreathingPattern> byKey(String key) {
        return ALL.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    static boolean isNameTaken(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().anyMatch(p -> p.name().toLowerCase(Locale.ROOT).equals(wanted));
    }
}
