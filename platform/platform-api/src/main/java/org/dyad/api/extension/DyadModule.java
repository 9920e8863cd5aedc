package org.dyad.api.extension;

import java.util.List;
import org.dyad.api.Permission;
import org.dyad.api.PluginContext;
import org.dyad.api.SettingDefinition;
import org.pf4j.ExtensionPoint;

/**
 * The module a plugin provides: exactly one per plugin.
 *
 * <p>Lifecycle: created when the plugin starts, after the plugin's migrations (under {@code db/<module-id>/} in its
 * jar) have run. {@link #onEnabled} and {@link #onDisabled} run on the thread of the admin who changed the state,
 * inside no transaction; they must be idempotent and must never delete data.
 *
 * @since 1.0
 */
public interface DyadModule extends ExtensionPoint {

    /** Lower-case id, equal to the PF4J plugin id; also the route segment and table prefix ({@code -} becomes {@code _}). */
    String id();

    String name();

    String description();

    /** A Vaadin icon name such as {@code vaadin:heart}. */
    default String icon() {
        return "vaadin:puzzle-piece";
    }

    List<Permission> permissions();

    default List<SettingDefinition> settings() {
        return List.of();
    }

    /** Called when a clinic enables the module. */
    default void onEnabled(PluginContext context, long clinicId) {
    }

    /** Called when a clinic disables the module. Its data stays. */
    default void onDisabled(PluginContext context, long clinicId) {
    }
}
