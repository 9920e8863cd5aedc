package org.dyad.web.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.dyad.api.ValidationException;
import org.dyad.core.portal.InvitationService;

/** Where a parent lands from an invitation link and chooses a username and password. */
@Route(value = "invite", autoLayout = false)
@PageTitle("Welcome · Dyad")
@AnonymousAllowed
public class InvitationView extends Main implements HasUrlParameter<String> {

    private final InvitationService invitations;

    public InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("dyad-login");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        Div card = new Div();
        card.addClassName("dyad-login-card");
        add(card);
        var name = invitations.describe(token);
        if (name.isEmpty()) {
            card.add(new H1(getTranslation("invite.invalid.title")), new Paragraph(InvitationService.INVALID));
            return;
        }
        TextField username = new TextField(getTranslation("login.username"));
        username.setHelperText(getTranslation("invite.username.help"));
        username.setWidthFull();
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setHelperText(getTranslation("staff.password.help"));
        password.setWidthFull();
        PasswordField again = new PasswordField(getTranslation("invite.again"));
        again.setWidthFull();
        Button create = new Button(getTranslation("invite.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setWidthFull();
        create.addClickListener(e -> {
            username.setInvalid(false);
            password.setInvalid(false);
            again.setInvalid(false);
            if (!password.getValue().equals(again.getValue())) {
                again.setErrorMessage(getTranslation("invite.mismatch"));
                again.setInvalid(true);
                return;
            }
            try {
                invitations.redeem(token, username.getValue(), password.getValue());
                card.removeAll();
                card.add(new H1(getTranslation("invite.done.title")), new Paragraph(getTranslation("invite.done.text")),
                        new Anchor("login", getTranslation("login.submit")));
            } catch (ValidationException ex) {
                Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("username", username, "password", password);
                ex.fieldErrors().forEach((k, m) -> {
                    var f = fields.getOrDefault(k, again);
                    f.setErrorMessage(m);
                    f.setInvalid(true);
                });
            }
        });
        card.add(new H1(getTranslation("invite.title", name.get())), new Paragraph(getTranslation("invite.text")),
                username, password, again, create);
    }
}
