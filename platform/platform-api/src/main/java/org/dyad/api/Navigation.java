package org.dyad.api;

import java.util.Optional;

/**
 * Links between modules that stay correct when a module is disabled.
 *
 * @since 1.0
 */
public interface Navigation {

    /** Whether the module is installed, started and enabled for the current clinic. */
    boolean isEnabled(String moduleId);

    /**
     * The URL of another module's page ({@code staff/<module>/<path>} or {@code portal/<module>/<path>}), or empty
     * when that module is not available to the current clinic — then show no link at all.
     */
    Optional<String> pageUrl(String moduleId, Surface surface, String path);

    /**
     * Where a page lives.
     *
     * @since 1.0
     */
    enum Surface { STAFF, PORTAL }
}
