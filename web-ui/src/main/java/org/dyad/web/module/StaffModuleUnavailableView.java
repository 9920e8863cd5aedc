package org.dyad.web.module;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dyad.web.staff.StaffLayout;

/** The "not enabled for your clinic" page inside the staff workspace, whose menu shows what is still available. */
@Route(value = "staff/module-unavailable", layout = StaffLayout.class)
@PageTitle("Module not available · Dyad")
@RolesAllowed({"CLINIC_ADMIN", "CONSULTANT", "FRONT_DESK"})
public class StaffModuleUnavailableView extends Section {

    public StaffModuleUnavailableView() {
        addClassNames("dyad-module-unavailable", "dyad-page");
        ModuleUnavailableView.fill(this, "staff");
    }
}
