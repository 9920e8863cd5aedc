package org.dyad.plugins.breathing;

import java.util.List;
import org.dyad.api.Permission;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.DyadModule;
import org.pf4j.Extension;

/** The breathing coach module. */
@Extension
public final class BreathingCoachModule implements DyadModule {

    private final PluginContext context;

    public BreathingCoachModule(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "breathing-coach";
    }

    @Override
    public String name() {
        return context.messages().get("module.name");
    }

    @Override
    public String description() {
        return context.messages().get("module.description");
    }

    @Override
    public String icon() {
        return "vaadin:cloud";
    }

    @Override
    public List<Permission> permissions() {
        return Permissions.all();
    }
}
