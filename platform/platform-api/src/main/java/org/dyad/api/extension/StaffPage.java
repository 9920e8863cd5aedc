package org.dyad.api.extension;

import com.vaadin.flow.component.Component;
import org.pf4j.ExtensionPoint;

/**
 * A page in the staff workspace, mounted at {@code /staff/<module-id>/<path>} inside the staff layout and listed in
 * the side navigation under the module's name. The view class needs a public constructor taking either nothing or a
 * {@link org.dyad.api.PluginContext}; it may implement Vaadin's {@code HasUrlParameter<String>}.
 *
 * <p>Registered as a route when the plugin starts and removed when it stops.
 *
 * @since 1.0
 */
public interface StaffPage extends ExtensionPoint {

    /** Path below the module's segment; {@code ""} for the module's main page. */
    String path();

    /** Side navigation label, or {@code null}-free empty string for a page without a menu entry. */
    String menuLabel();

    /** The permission a user needs to open the page. */
    String requiredPermission();

    Class<? extends Component> viewClass();
}
