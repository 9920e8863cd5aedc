package org.dyad.plugins.example;

import java.util.List;
import java.util.Set;
import org.dyad.api.Permission;
import org.dyad.api.Role;
import org.dyad.api.extension.DyadModule;
import org.pf4j.Extension;

/** The module: its id is the plugin id, the route segment and (with {@code _}) the table prefix. */
@Extension
public class ExampleModule implements DyadModule {

    static final String ID = "example-plugin";
    static final String WRITE = ID + ".write";
    static final String PORTAL = ID + ".portal";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Example notes";
    }

    @Override
    public String description() {
        return "Short notes on a client, shown to staff and counted on the parent's portal.";
    }

    @Override
    public String icon() {
        return "vaadin:notebook";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(WRITE, "Read and write example notes", Set.of(Role.CLINIC_ADMIN, Role.CONSULTANT)),
                new Permission(PORTAL, "See the example card on the portal", Set.of(Role.PARENT)));
    }
}
