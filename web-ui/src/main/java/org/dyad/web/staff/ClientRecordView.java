package org.dyad.web.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ClientRef;
import org.dyad.api.ValidationException;
import org.dyad.core.client.ClientDetails;
import org.dyad.core.client.ClientService;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.module.Contributions;
import org.dyad.core.portal.Invitation;
import org.dyad.core.portal.InvitationService;
import org.dyad.core.rights.ClientDataRights;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;
import org.dyad.web.base.Ages;
import org.dyad.web.base.EmptyState;
import org.dyad.web.base.Notifications;
import org.dyad.web.rights.ClientRightsActions;

/** The client record: a header with the dyad, an Overview tab and the tabs the clinic's modules contribute. */
@Route(value = "staff/clients", layout = StaffLayout.class)
@PageTitle("Client · Dyad")
@RolesAllowed({"CLINIC_ADMIN", "CONSULTANT", "FRONT_DESK"})
public class ClientRecordView extends Section implements HasUrlParameter<Long> {

    private final ClientService clients;
    private final InvitationService invitations;
    private final Contributions contributions;
    private final ClientFormFactory forms;
    private final ClientDataRights rights;
    private final ZoneId zone;
    private final LocalDate today;
    private final DyadUser user = CurrentUsers.require();

    public ClientRecordView(ClientService clients, InvitationService invitations, Contributions contributions,
                            ClientFormFactory forms, ClinicService clinics, Clock clock, ClientDataRights rights) {
        this.clients = clients;
        this.invitations = invitations;
        this.contributions = contributions;
        this.forms = forms;
        this.rights = rights;
        this.zone = clinics.get(user.clinicId()).zone();
        this.today = LocalDate.now(clock.withZone(zone));
        addClassName("dyad-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long clientId) {
        removeAll();
        try {
            show(clients.get(user, clientId));
        } catch (AccessDeniedException e) {
            add(new EmptyState(getTranslation("client.denied.title"), e.getMessage(),
                    new Button(getTranslation("nav.clients"), c -> getUI().ifPresent(ui -> ui.navigate(ClientsView.class)))));
        }
    }

    private void show(ClientDetails client) {
        H2 name = new H2(client.displayName());
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                e -> forms.open(client, id -> getUI().ifPresent(ui -> ui.getPage().reload())));
        HorizontalLayout header = new HorizontalLayout(name, edit, new ClientRightsActions(rights, user, client.id(),
                client.displayName(), () -> getUI().ifPresent(ui -> ui.navigate(ClientsView.class))));
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        header.setWrap(true);
        Div dyad = new Div();
        dyad.addClassName("dyad-dyad-line");
        client.babies().forEach(b -> dyad.add(new Span(b.name() + " · " + Ages.describe(b.dateOfBirth(), today))));
        // Module sections are disclosure panels (not a tablist): keyboard- and screen-reader-friendly, created lazily.
        Div sections = new Div();
        sections.addClassName("dyad-record-sections");
        sections.add(overview(client));
        ClientRef ref = new ClientRef(client.clinicId(), client.id(), client.displayName(), client.babies().stream()
                .map(b -> new ClientRef.BabyRef(b.id(), b.name(), b.dateOfBirth(), b.birthWeightGrams(), b.gestationalAgeWeeks()))
                .toList());
        for (Contributions.Tab tab : contributions.clientTabs(user, ref)) {
            Details details = new Details(tab.label());
            details.addClassName("dyad-record-section");
            details.setWidthFull();
            details.addOpenedChangeListener(e -> {
                if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                    details.add(tab.content().get());
                }
            });
            sections.add(details);
        }
        add(header, dyad, sections);
    }

    private Component overview(ClientDetails client) {
        Div box = new Div();
        box.addClassName("dyad-overview");
        Div contact = new Div(new H3(getTranslation("client.contact")),
                line(getTranslation("client.email"), client.email()), line(getTranslation("client.phone"), client.phone()),
                line(getTranslation("client.since"), DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(zone)
                        .format(client.createdAt())));
        contact.addClassName("dyad-card");
        Div babies = new Div(new H3(getTranslation("client.babies")));
        babies.addClassName("dyad-card");
        if (client.babies().isEmpty()) {
            babies.add(new Paragraph(getTranslation("client.babies.none")));
        }
        for (ClientDetails.Baby b : client.babies()) {
            babies.add(new Paragraph(getTranslation("client.baby.summary", b.name(),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(b.dateOfBirth()),
                    Ages.describe(b.dateOfBirth(), today), b.birthWeightGrams(), b.gestationalAgeWeeks())));
        }
        box.add(contact, babies, portalCard(client));
        return box;
    }

    private Component portalCard(ClientDetails client) {
        Div card = new Div(new H3(getTranslation("client.portal")));
        card.addClassName("dyad-card");
        Paragraph hint = new Paragraph(getTranslation("client.portal.hint"));
        Button invite = new Button(getTranslation("client.portal.invite"), VaadinIcon.ENVELOPE.create());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> {
            try {
                Invitation invitation = invitations.create(user, client.id(), baseUrl());
                TextField link = new TextField(getTranslation("client.portal.link"));
                link.setValue(baseUrl() + invitation.path());
                link.setReadOnly(true);
                link.setWidthFull();
                card.add(link, new Paragraph(getTranslation(invitation.emailed() ? "client.portal.emailed" : "client.portal.pass")));
                invite.setEnabled(false);
            } catch (ValidationException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        card.add(hint, invite);
        return card;
    }

    private static String baseUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            return http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort() + http.getContextPath() + "/";
        }
        return "/";
    }

    private static Paragraph line(String label, String value) {
        Paragraph p = new Paragraph();
        Span l = new Span(label + ": ");
        l.addClassName("dyad-muted");
        p.add(l, new Span(value == null || value.isBlank() ? "—" : value));
        return p;
    }
}
