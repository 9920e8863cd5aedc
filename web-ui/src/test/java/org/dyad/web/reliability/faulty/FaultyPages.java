package org.dyad.web.reliability.faulty;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.dyad.api.extension.PortalPage;
import org.dyad.api.extension.StaffPage;
import org.pf4j.Extension;

/** The faulty plugin's pages: a staff page and a portal page whose views' constructors throw on request. */
public final class FaultyPages {

    public static final String POINT = "page constructor";
    public static final String STAFF_MENU = "Faulty page";
    public static final String PORTAL_MENU = "Faulty";

    private FaultyPages() {
    }

    /** The staff page, {@code staff/faulty}. */
    @Extension
    public static class Staff implements StaffPage {
        @Override
        public String path() {
            return "";
        }

        @Override
        public String menuLabel() {
            return STAFF_MENU;
        }

        @Override
        public String requiredPermission() {
            return FaultyModule.USE;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return StaffView.class;
        }
    }

    /** The portal page, {@code portal/faulty}. */
    @Extension
    public static class Portal implements PortalPage {
        @Override
        public String path() {
            return "";
        }

        @Override
        public String menuLabel() {
            return PORTAL_MENU;
        }

        @Override
        public String requiredPermission() {
            return FaultyModule.USE;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return PortalView.class;
        }
    }

    /** The staff page's view. */
    public static class StaffView extends Div {
        public StaffView() {
            Faults.at(POINT);
            setText(FaultyModule.TEXT);
        }
    }

    /** The portal page's view. */
    public static class PortalView extends Div {
        public PortalView() {
            Faults.at(POINT);
            setText(FaultyModule.TEXT);
        }
    }
}
