package org.dyad.web.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.dyad.api.Role;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;

/** {@code /}: sends each person to their own home — staff workspace, parent portal or platform administration. */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
public class HomeRedirect extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DyadUser user = CurrentUsers.current().orElse(null);
        if (user == null) {
            event.forwardTo(LoginView.class);
        } else if (user.role() == Role.PARENT) {
            event.forwardTo("portal");
        } else if (user.role() == Role.PLATFORM_ADMIN) {
            event.forwardTo("platform");
        } else {
            event.forwardTo("staff");
        }
    }
}
