package org.dyad.plugins.notes;

import java.util.List;
import org.dyad.api.Permission;
import org.dyad.api.extension.DyadModule;
import org.pf4j.Extension;

/** The consultant notes module: its identity and the permissions it declares. */
@Extension
public final class ConsultantNotesModule implements DyadModule {

    static final String ID = "consultant-notes";

    public ConsultantNotesModule() {
        // Created by the host's extension factory; needs no services.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Consultant notes";
    }

    @Override
    public String description() {
        return "SOAP visit notes for the dyad with weighed feeds and LATCH, signed and locked; care plans for "
                + "families; physician reports.";
    }

    @Override
    public String icon() {
        return "vaadin:notebook";
    }

    @Override
    public List<Permission> permissions() {
        return Permissions.ALL;
    }
}
