package org.dyad.api.extension;

import com.vaadin.flow.component.Component;
import org.pf4j.ExtensionPoint;

/**
 * A card on the parent's portal home, for the signed-in parent's own dyad. Keep it short, calm and tappable.
 *
 * @since 1.0
 */
public interface PortalCard extends ExtensionPoint {

    String requiredPermission();

    default int order() {
        return 100;
    }

    Component create(long clientId);
}
