package org.dyad.api.extension;

import com.vaadin.flow.component.Component;
import org.dyad.api.ClientRef;
import org.pf4j.ExtensionPoint;

/**
 * A tab on the staff client record. {@link #create} runs on the UI thread when the tab is first selected.
 *
 * @since 1.0
 */
public interface ClientTab extends ExtensionPoint {

    String label();

    String requiredPermission();

    /** Tabs are ordered by this value, then by label. */
    default int order() {
        return 100;
    }

    Component create(ClientRef client);
}
