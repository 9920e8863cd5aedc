package org.dyad.plugins.breathing.pattern;

import com.vaadin.flow.component.Component;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.StaffPage;
import org.dyad.plugins.breathing.Permissions;
import org.pf4j.Extension;

/** {@code staff/breathing-coach/patterns}, listed in the staff navigation for those who manage patterns. */
@Extension
public final class PatternPages implements StaffPage {

    private final PluginContext context;

    public PatternPages(PluginContext context) {
        this.context = context;
    }

    @Override
    public String path() {
        return "patterns";
    }

    @Override
    public String menuLabel() {
        return context.messages().get("patterns.menu");
    }

    @Override
    public String requiredPermission() {
        return Permissions.MANAGE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return PatternsView.class;
    }
}
