package org.dyad.web.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a mistyped or outdated address shows, and what a page the user may not open shows (Vaadin reroutes access
 * refusals here, so the message never tells whether the page exists): a calm page of our own with a way back, never
 * the framework's route list or a bare browser error.
 */
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        addClassNames("dyad-login", "dyad-not-found");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.page-title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        Span brand = new Span("Dyad");
        brand.addClassName("dyad-brand");
        Anchor home = new Anchor("", getTranslation("not-found.start"));
        home.addClassName("dyad-not-found__home");
        Div card = new Div(brand, new H1(getTranslation("not-found.title")),
                new Paragraph(getTranslation("not-found.text")), home);
        card.addClassName("dyad-login-card");
        add(card);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
