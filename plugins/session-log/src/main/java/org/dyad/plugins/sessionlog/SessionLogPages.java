package org.dyad.plugins.sessionlog;

import com.vaadin.flow.component.Component;
import org.dyad.api.extension.PortalPage;
import org.dyad.api.extension.StaffPage;
import org.dyad.plugins.sessionlog.log.SessionLogPermissions;
import org.dyad.plugins.sessionlog.ui.PortalLogView;
import org.dyad.plugins.sessionlog.ui.StaffLogView;
import org.pf4j.Extension;

/** The module's pages: the staff log at {@code /staff/session-log} and the portal log at {@code /portal/session-log}. */
public final class SessionLogPages {

    private SessionLogPages() {
    }

    /** The staff page. */
    @Extension
    public static class Staff implements StaffPage {
        @Override
        public String path() {
            return "";
        }

        @Override
        public String menuLabel() {
            return "Session log";
        }

        @Override
        public String requiredPermission() {
            return SessionLogPermissions.READ;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return StaffLogView.class;
        }
    }

    /** The portal page. */
    @Extension
    public static class Portal implements PortalPage {
        @Override
        public String path() {
            return "";
        }

        @Override
        public String menuLabel() {
            return "Log";
        }

        @Override
        public String requiredPermission() {
            return SessionLogPermissions.PORTAL;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return PortalLogView.class;
        }
    }
}
