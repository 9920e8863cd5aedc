package org.dyad.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.dyad.core.clinic.Clinic;
import org.dyad.core.clinic.ClinicService;

/** The platform administrator's home: the clinics on this installation and the way to the plugins. */
@Route(value = "platform", autoLayout = false)
@PageTitle("Platform · Dyad")
@RolesAllowed("PLATFORM_ADMIN")
public class PlatformHomeView extends Main {

    public PlatformHomeView(ClinicService clinics, AuthenticationContext authentication) {
        addClassName("dyad-page");
        Grid<Clinic> grid = new Grid<>();
        grid.addColumn(Clinic::name).setHeader(getTranslation("platform.clinic"));
        grid.addColumn(c -> c.zone().getId()).setHeader(getTranslation("platform.zone"));
        grid.setItems(clinics.all());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("platform.clinics"));
        add(new H1(getTranslation("platform.title")), new Paragraph(getTranslation("platform.text")),
                new Anchor("platform/plugins", getTranslation("platform.plugins")), grid,
                new Button(getTranslation("nav.logout"), e -> authentication.logout()));
    }
}
