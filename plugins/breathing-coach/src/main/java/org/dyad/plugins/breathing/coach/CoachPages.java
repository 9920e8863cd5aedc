package org.dyad.plugins.breathing.coach;

import com.vaadin.flow.component.Component;
import org.dyad.api.extension.PortalPage;
import org.dyad.api.extension.StaffPage;
import org.dyad.plugins.breathing.Permissions;
import org.pf4j.Extension;

/** The pages that run the coach. */
public final class CoachPages {

    private CoachPages() {
    }

    /** {@code portal/breathing-coach}: reached from the home card and from session logging's pump timer. */
    @Extension
    public static final class Portal implements PortalPage {
        @Override
        public String path() {
            return "";
        }

        @Override
        public String menuLabel() {
            return "";
        }

        @Override
        public String requiredPermission() {
            return Permissions.USE;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return PortalCoachView.class;
        }
    }

    /** {@code staff/breathing-coach/coach/<clientId>}: reached from the client's breathing tab. */
    @Extension
    public static final class Staff implements StaffPage {
        @Override
        public String path() {
            return "coach";
        }

        @Override
        public String menuLabel() {
            return "";
        }

        @Override
        public String requiredPermission() {
            return Permissions.USE;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return StaffCoachView.class;
        }
    }
}
