package org.dyad.web.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.dyad.core.client.ClientDetails;
import org.dyad.core.client.ClientService;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.module.Contributions;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;
import org.dyad.web.base.Ages;

/** The parent's home: a warm greeting, their babies, and the cards of the clinic's modules. Only their own dyad. */
@Route(value = "portal", layout = PortalLayout.class)
@PageTitle("Home · Dyad")
@RolesAllowed("PARENT")
public class PortalHomeView extends Section {

    public PortalHomeView(ClientService clients, ClinicService clinics, Contributions contributions, Clock clock) {
        DyadUser parent = CurrentUsers.require();
        ClientDetails client = clients.get(parent, parent.clientId());
        ZoneId zone = clinics.get(parent.clinicId()).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        addClassName("dyad-portal-page");
        H1 hello = new H1(getTranslation(greetingKey(LocalTime.now(clock.withZone(zone))), client.firstName()));
        Paragraph gentle = new Paragraph(getTranslation("portal.gentle"));
        gentle.addClassName("dyad-muted");
        add(hello, gentle);
        Div babies = new Div();
        babies.addClassName("dyad-baby-cards");
        for (ClientDetails.Baby baby : client.babies()) {
            Div card = new Div(new H2(baby.name()), new Paragraph(Ages.describe(baby.dateOfBirth(), today)));
            card.addClassName("dyad-baby-card");
            babies.add(card);
        }
        add(babies);
        List<Component> cards = contributions.portalCards(parent);
        Div area = new Div();
        area.addClassName("dyad-portal-cards");
        cards.forEach(area::add);
        if (cards.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.nocards"));
            none.addClassName("dyad-muted");
            area.add(none);
        }
        add(area);
    }

    static String greetingKey(LocalTime now) {
        int h = now.getHour();
        if (h < 5) {
            return "portal.greeting.night";
        }
        return h < 12 ? "portal.greeting.morning" : h < 18 ? "portal.greeting.afternoon" : "portal.greeting.evening";
    }
}
