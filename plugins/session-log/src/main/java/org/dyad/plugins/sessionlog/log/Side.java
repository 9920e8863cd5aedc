package org.dyad.plugins.sessionlog.log;

/** A breast. */
public enum Side {
    LEFT, RIGHT;

    /** The other side: the one to offer first next time. */
    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }

    /** Lower-case label, e.g. {@code left}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
