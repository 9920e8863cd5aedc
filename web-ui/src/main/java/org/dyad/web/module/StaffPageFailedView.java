package org.dyad.web.module;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.RolesAllowed;
import org.dyad.web.staff.StaffLayout;

/**
 * Shown inside the staff workspace, in place of a module page whose creation failed: a calm message naming the module,
 * a link to the start page, and the side navigation working as ever. An error view, not a route; the response status
 * is 500.
 */
@ParentLayout(StaffLayout.class)
@PageTitle("Page could not be opened · Dyad")
@RolesAllowed({"CLINIC_ADMIN", "CONSULTANT", "FRONT_DESK"})
public class StaffPageFailedView extends Section implements HasErrorParameter<PluginPageFailedException.Staff> {

    public StaffPageFailedView() {
        addClassNames("dyad-page-failed", "dyad-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<PluginPageFailedException.Staff> parameter) {
        fill(this, parameter.getException().pluginId(), "staff");
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    /** Replaces the page's content with the heading, the message naming the module and a link to the start page. */
    static void fill(HasComponents page, String pluginId, String startPage) {
        page.removeAll();
        page.add(new H1(I18NProvider.translate("module.page-failed.title")),
                new Paragraph(I18NProvider.translate("module.page-failed.text", pluginId)),
                new Anchor(startPage, I18NProvider.translate("module.page-failed.start")));
    }
}
