package org.dyad.core.module;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.dyad.api.ClientRef;
import org.dyad.core.security.DyadUser;

/**
 * What the enabled modules contribute to the host's screens for one user: menu entries, client-record tabs and cards.
 * Only modules that are started and enabled for the user's clinic, and only pieces whose permission the user holds,
 * are returned. Creating a piece is guarded: a failure becomes a contained message, logged with the plugin's id.
 */
public interface Contributions {

    /** A side or bottom navigation entry: label, absolute path ({@code staff/<module>/…}) and Vaadin icon name. */
    record MenuEntry(String moduleId, String label, String path, String icon) {
    }

    /** A lazily created tab of the client record. */
    record Tab(String moduleId, String label, java.util.function.Supplier<Component> content) {
    }

    List<MenuEntry> staffMenu(DyadUser user);

    List<MenuEntry> portalMenu(DyadUser user);

    List<Tab> clientTabs(DyadUser user, ClientRef client);

    List<Component> dashboardCards(DyadUser user);

    List<Component> portalCards(DyadUser user);

    /** Registers a callback run (on any thread) when a module's availability changes for a clinic; for live menus. */
    java.util.function.Consumer<Long> NO_OP = clinicId -> { };

    void onChange(java.util.function.Consumer<Long> clinicChanged);
}
