package org.dyad.api.extension;

import java.time.ZoneId;
import java.util.List;
import org.dyad.api.ClientRef;
import org.pf4j.ExtensionPoint;

/**
 * Sample data of a module for the demo start ({@code ./mvnw spring-boot:run}), so that a newcomer sees the module at
 * work instead of an empty screen. The host calls every enabled module's contributor once per demo clinic, right after
 * the demo clinics, staff and clients were written, and only when the demo's module data is switched on.
 *
 * <p>The call runs as the clinic's consultant: write through the module's own services, exactly as a user would, so
 * that validation and audit apply. Times must lie in the past. An exception is logged with the plugin's id; the other
 * modules still write theirs. Never called in production.
 *
 * @since 1.0
 */
public interface DemoDataContributor extends ExtensionPoint {

    /** Writes the module's sample data for the demo clinic's clients. */
    void write(DemoClinic clinic);

    /**
     * One demo clinic as handed to contributors.
     *
     * @param clinicId      the clinic
     * @param zone          the clinic's time zone, for sensible times of day
     * @param clients       the clinic's demo clients with their babies (dates of birth and birth weights), in the order
     *                      they were created
     * @param portalClients the ids of the clients who have a parent-portal account (the first ones of {@code clients})
     * @since 1.0
     */
    record DemoClinic(long clinicId, ZoneId zone, List<ClientRef> clients, List<Long> portalClients) {
        public DemoClinic {
            clients = List.copyOf(clients);
            portalClients = List.copyOf(portalClients);
        }

        /** Whether the client has a parent-portal account. */
        public boolean hasPortal(long clientId) {
            return portalClients.contains(clientId);
        }
    }
}
