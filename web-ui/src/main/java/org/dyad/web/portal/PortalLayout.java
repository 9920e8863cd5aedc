package org.dyad.web.portal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.lang.ref.WeakReference;
import java.util.function.Consumer;
import org.dyad.core.module.Contributions;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;
import org.dyad.web.base.Icons;

/**
 * The parent portal shell, made for a phone held in one hand: a quiet header, the page, and a bottom navigation bar
 * within thumb reach.
 */
@Layout("portal")
@RolesAllowed("PARENT")
public class PortalLayout extends Div implements RouterLayout {

    private final Main content = new Main();
    private final Nav bottomNav = new Nav();
    private final Contributions contributions;
    private final DyadUser user = CurrentUsers.require();
    private UI ui;
    private boolean subscribed;

    public PortalLayout(Contributions contributions, AuthenticationContext authentication) {
        this.contributions = contributions;
        addClassName("dyad-portal");
        Header header = new Header();
        header.addClassName("dyad-portal-header");
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("dyad-brand");
        Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        header.add(brand, logout);
        content.addClassName("dyad-portal-content");
        bottomNav.addClassName("dyad-bottom-nav");
        bottomNav.getElement().setAttribute("aria-label", getTranslation("portal.nav"));
        Footer footer = new Footer(bottomNav);
        footer.addClassName("dyad-portal-footer");
        add(header, content, footer);
        refreshNav();
    }

    private void refreshNav() {
        bottomNav.removeAll();
        bottomNav.add(link(getTranslation("portal.home"), "portal", "vaadin:home"));
        for (Contributions.MenuEntry entry : contributions.portalMenu(user)) {
            bottomNav.add(link(entry.label(), entry.path(), entry.icon()));
        }
    }

    private static Anchor link(String label, String path, String icon) {
        Anchor a = new Anchor(path);
        a.add(Icons.of(icon), new Span(label));
        a.addClassName("dyad-bottom-link");
        return a;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        if (!subscribed) {
            subscribed = true;
            WeakReference<PortalLayout> self = new WeakReference<>(this);
            Consumer<Long> listener = clinicId -> {
                PortalLayout layout = self.get();
                if (layout != null && layout.ui != null && clinicId.equals(layout.user.clinicId())) {
                    layout.ui.access(layout::refreshNav);
                }
            };
            contributions.onChange(listener);
        }
    }
}
