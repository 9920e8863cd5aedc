package org.dyad.web.module;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.RolesAllowed;
import org.dyad.web.portal.PortalLayout;

/** The parent portal's counterpart of {@link StaffPageFailedView}, inside the portal layout with its bottom navigation. */
@ParentLayout(PortalLayout.class)
@PageTitle("Page could not be opened · Dyad")
@RolesAllowed("PARENT")
public class PortalPageFailedView extends Section implements HasErrorParameter<PluginPageFailedException.Portal> {

    public PortalPageFailedView() {
        addClassName("dyad-page-failed");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<PluginPageFailedException.Portal> parameter) {
        StaffPageFailedView.fill(this, parameter.getException().pluginId(), "portal");
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
