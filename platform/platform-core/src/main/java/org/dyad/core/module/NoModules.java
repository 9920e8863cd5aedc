package org.dyad.core.module;

import java.util.List;
import java.util.function.Consumer;
import org.dyad.api.ClientRef;
import org.dyad.core.security.DyadUser;

/** Stand-in until the plugin runtime provides contributions. */
@org.springframework.stereotype.Component
class NoModules implements Contributions {

    @Override
    public List<MenuEntry> staffMenu(DyadUser user) {
        return List.of();
    }

    @Override
    public List<MenuEntry> portalMenu(DyadUser user) {
        return List.of();
    }

    @Override
    public List<Tab> clientTabs(DyadUser user, ClientRef client) {
        return List.of();
    }

    @Override
    public List<com.vaadin.flow.component.Component> dashboardCards(DyadUser user) {
        return List.of();
    }

    @Override
    public List<com.vaadin.flow.component.Component> portalCards(DyadUser user) {
        return List.of();
    }

    @Override
    public void onChange(Consumer<Long> clinicChanged) {
    }
}
