package org.dyad.plugins.breathing.coach;

/** The four phases of a breathing cycle, with the message key of their name and the shape's size at their end. */
enum Phase {
    INHALE("inhale", "phase.inhale", 1.0),
    HOLD_IN("hold-in", "phase.hold", 1.0),
    EXHALE("exhale", "phase.exhale", 0.45),
    HOLD_OUT("hold-out", "phase.hold", 0.45);

    private final String cssName;
    private final String messageKey;
    private final double scale;

    Phase(String cssName, String messageKey, double scale) {
        this.cssName = cssName;
        this.messageKey = messageKey;
        this.scale = scale;
    }

    String cssName() {
        return cssName;
    }

    String messageKey() {
        return messageKey;
    }

    /** The shape's size relative to its full size when the phase ends. */
    double scale() {
        return scale;
    }
}
