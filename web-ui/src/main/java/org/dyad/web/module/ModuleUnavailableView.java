package org.dyad.web.module;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a plugin route leads when its module is not enabled for the user's clinic (or the user lacks its permission). */
@Route(value = "module-unavailable", autoLayout = false)
@PageTitle("Module not available · Dyad")
@AnonymousAllowed
public class ModuleUnavailableView extends Main {

    public ModuleUnavailableView() {
        add(new H1(Texts.NOT_ENABLED_TITLE), new Paragraph(Texts.NOT_ENABLED_TEXT), new Anchor("", "Go to my start page"));
        addClassName("dyad-module-unavailable");
    }
}
