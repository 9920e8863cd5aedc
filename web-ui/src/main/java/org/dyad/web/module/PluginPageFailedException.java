package org.dyad.web.module;

/**
 * Plugin code failed while the host created one of the plugin's objects (a page's view, most often its constructor).
 * The failure has already been logged under the plugin's id; this exception only carries the id to the page the user
 * sees. A navigation turns it into {@link Staff} or {@link Portal}, each shown by its own error view inside the
 * matching layout ({@link StaffPageFailedView}, {@link PortalPageFailedView}).
 */
public class PluginPageFailedException extends RuntimeException {

    private final String pluginId;

    PluginPageFailedException(String pluginId, Throwable cause) {
        super("Plugin '" + pluginId + "' failed to create one of its objects", cause);
        this.pluginId = pluginId;
    }

    /** The id of the plugin whose code threw. */
    public String pluginId() {
        return pluginId;
    }

    /** The same failure, on a page of the given surface ({@code staff} or {@code portal}); unchanged for any other. */
    PluginPageFailedException on(String surface) {
        return switch (surface) {
            case "staff" -> new Staff(pluginId, getCause());
            case "portal" -> new Portal(pluginId, getCause());
            default -> this;
        };
    }

    /** A page of the staff workspace could not be created. */
    public static final class Staff extends PluginPageFailedException {
        Staff(String pluginId, Throwable cause) {
            super(pluginId, cause);
        }
    }

    /** A page of the parent portal could not be created. */
    public static final class Portal extends PluginPageFailedException {
        Portal(String pluginId, Throwable cause) {
            super(pluginId, cause);
        }
    }
}
