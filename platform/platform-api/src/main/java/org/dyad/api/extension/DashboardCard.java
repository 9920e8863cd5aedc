package org.dyad.api.extension;

import com.vaadin.flow.component.Component;
import org.pf4j.ExtensionPoint;

/**
 * A card on the staff dashboard. {@link #create} runs on the UI thread each time the dashboard opens.
 *
 * @since 1.0
 */
public interface DashboardCard extends ExtensionPoint {

    String title();

    String requiredPermission();

    default int order() {
        return 100;
    }

    Component create();
}
