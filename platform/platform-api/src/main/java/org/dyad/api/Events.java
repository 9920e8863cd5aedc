package org.dyad.api;

/**
 * Publishes platform events to every started plugin's {@link PlatformEventListener}s.
 *
 * @since 1.0
 */
public interface Events {

    /** Delivers the event after the current transaction commits (at once when there is none). */
    void publish(PlatformEvent event);
}
