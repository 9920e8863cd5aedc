package org.dyad.api.extension;

import com.vaadin.flow.component.Component;
import org.pf4j.ExtensionPoint;

/**
 * A page of the parent portal, mounted at {@code /portal/<module-id>/<path>} inside the portal layout (phone first:
 * design it for a 390 px wide screen and one thumb). Same constructor rules as {@link StaffPage}.
 *
 * @since 1.0
 */
public interface PortalPage extends ExtensionPoint {

    String path();

    /** Bottom-navigation label, or empty for a page reached only by links. */
    String menuLabel();

    String requiredPermission();

    Class<? extends Component> viewClass();
}
