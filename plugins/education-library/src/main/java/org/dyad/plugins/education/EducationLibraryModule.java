package org.dyad.plugins.education;

import java.util.List;
import org.dyad.api.Permission;
import org.dyad.api.extension.DyadModule;
import org.pf4j.Extension;

/** The education library module. Starter articles are copied into a clinic's library the first time it is used. */
@Extension
public final class EducationLibraryModule implements DyadModule {

    static final String ID = "education-library";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Education library";
    }

    @Override
    public String description() {
        return "Articles on how milk is made, assigned by consultants and read by parents.";
    }

    @Override
    public String icon() {
        return "vaadin:book";
    }

    @Override
    public List<Permission> permissions() {
        return Permissions.all();
    }
}
