package org.dyad.web.module;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a plugin route leads when its module is not enabled for the user's clinic (or the user lacks its permission)
 * and the user belongs to no workspace: a page of its own. Staff and parents get the same message inside their own
 * layout ({@link StaffModuleUnavailableView}, {@link PortalModuleUnavailableView}).
 */
@Route(value = "module-unavailable", autoLayout = false)
@PageTitle("Module not available · Dyad")
@AnonymousAllowed
public class ModuleUnavailableView extends Main {

    public ModuleUnavailableView() {
        addClassName("dyad-module-unavailable");
        addClassName("dyad-page");
        fill(this, "");
    }

    /** Adds the heading, the explanation and a link to the start page. */
    static void fill(com.vaadin.flow.component.HasComponents page, String startPage) {
        page.add(new H1(com.vaadin.flow.i18n.I18NProvider.translate("module.not-enabled.title")), new Paragraph(com.vaadin.flow.i18n.I18NProvider.translate("module.not-enabled.text")),
                new Anchor(startPage, com.vaadin.flow.i18n.I18NProvider.translate("module.not-enabled.start")));
    }
}
