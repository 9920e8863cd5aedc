package org.dyad.plugins.notes;

import com.vaadin.flow.component.Component;
import org.dyad.api.extension.StaffPage;
import org.pf4j.Extension;

/** The clinic's own note templates: {@code /staff/consultant-notes/templates}. */
@Extension
public final class TemplatesPage implements StaffPage {

    @Override
    public String path() {
        return Extensions.TEMPLATES_PATH;
    }

    @Override
    public String menuLabel() {
        return "Note templates";
    }

    @Override
    public String requiredPermission() {
        return Permissions.WRITE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return TemplatesView.class;
    }
}
