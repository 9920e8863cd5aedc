package org.dyad.plugins.notes;

import com.vaadin.flow.component.Component;
import org.dyad.api.extension.PortalPage;
import org.pf4j.Extension;

/** The family's care plans in the portal: {@code /portal/consultant-notes/care-plan}. */
@Extension
public final class CarePlanPage implements PortalPage {

    @Override
    public String path() {
        return Extensions.CARE_PLAN_PATH;
    }

    @Override
    public String menuLabel() {
        return "Care plan";
    }

    @Override
    public String requiredPermission() {
        return Permissions.CARE_PLAN;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return CarePlanView.class;
    }
}
