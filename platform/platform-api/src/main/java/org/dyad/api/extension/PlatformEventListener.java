package org.dyad.api.extension;

import org.dyad.api.PlatformEvent;
import org.pf4j.ExtensionPoint;

/**
 * Receives platform events after the publishing transaction committed, on the publisher's thread. An exception is
 * logged with the plugin's id and does not reach the publisher.
 *
 * @since 1.0
 */
public interface PlatformEventListener extends ExtensionPoint {

    void onEvent(PlatformEvent event);
}
