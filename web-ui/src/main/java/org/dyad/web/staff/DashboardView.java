package org.dyad.web.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.dyad.core.client.ClientService;
import org.dyad.core.module.Contributions;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;
import org.dyad.web.base.EmptyState;

/** The staff home: a count of clients and the cards the clinic's modules contribute. */
@Route(value = "staff", layout = StaffLayout.class)
@PageTitle("Dashboard · Dyad")
@RolesAllowed({"CLINIC_ADMIN", "CONSULTANT", "FRONT_DESK"})
public class DashboardView extends Section {

    public DashboardView(ClientService clients, Contributions contributions) {
        DyadUser user = CurrentUsers.require();
        addClassName("dyad-page");
        add(new H2(getTranslation("dashboard.greeting", user.displayName())));
        Div grid = new Div();
        grid.addClassName("dyad-cards");
        grid.add(clientsCard(clients.count(user, "")));
        List<Component> cards = contributions.dashboardCards(user);
        cards.forEach(grid::add);
        add(grid);
        if (cards.isEmpty()) {
            add(new EmptyState(getTranslation("dashboard.nomodules.title"), getTranslation("dashboard.nomodules.text")));
        }
    }

    private Component clientsCard(int count) {
        Div card = new Div();
        card.addClassName("dyad-card");
        Button open = new Button(getTranslation("dashboard.clients.open"),
                e -> getUI().ifPresent(ui -> ui.navigate(ClientsView.class)));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H2(getTranslation("dashboard.clients.title")),
                new Paragraph(getTranslation("dashboard.clients.count", count)), open);
        return card;
    }
}
