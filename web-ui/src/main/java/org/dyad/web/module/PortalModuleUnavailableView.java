package org.dyad.web.module;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dyad.web.portal.PortalLayout;

/** The "not enabled for your clinic" page inside the parent portal. */
@Route(value = "portal/module-unavailable", layout = PortalLayout.class)
@PageTitle("Module not available · Dyad")
@RolesAllowed("PARENT")
public class PortalModuleUnavailableView extends Section {

    public PortalModuleUnavailableView() {
        addClassName("dyad-module-unavailable");
        ModuleUnavailableView.fill(this, "portal");
    }
}
