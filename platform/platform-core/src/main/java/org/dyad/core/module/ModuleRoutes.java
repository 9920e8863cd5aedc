package org.dyad.core.module;

/** Where plugin pages live: {@code staff/<module>/<path>} and {@code portal/<module>/<path>}. */
public final class ModuleRoutes {

    private ModuleRoutes() {
    }

    /**
     * The route of a plugin page without a leading slash.
     *
     * @param surface {@code staff} or {@code portal}
     * @param path    the page's path below the module segment, {@code ""} for the main page
     */
    public static String path(String surface, String moduleId, String path) {
        String tail = path.isBlank() ? "" : "/" + path.replaceAll("^/+|/+$", "");
        return surface + "/" + moduleId + tail;
    }

    /** The module id of a plugin route, or null when the route is not below {@code staff/} or {@code portal/}. */
    public static @org.jspecify.annotations.Nullable String moduleOf(String route) {
        String[] parts = route.replaceAll("^/+", "").split("/");
        return parts.length >= 2 && (parts[0].equals("staff") || parts[0].equals("portal")) ? parts[1] : null;
    }
}
