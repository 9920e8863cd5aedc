package org.dyad.web.reliability.faulty;

/**
 * Which extension point of the faulty plugin throws: the system property {@code dyad.faulty.point} (shared by the test
 * and the plugin's class loader) names it.
 */
public final class Faults {

    public static final String PROPERTY = "dyad.faulty.point";
    public static final String HEARD = "dyad.faulty.heard";

    private Faults() {
    }

    /** Throws when the test chose this point. */
    static void at(String point) {
        if (point.equals(System.getProperty(PROPERTY))) {
            throw new IllegalStateException("Faulty plugin fails on purpose in " + point);
        }
    }
}
