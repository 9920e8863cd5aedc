package org.dyad.core.clinic;

import java.time.ZoneId;

/** A clinic: its own staff, clients, modules and settings. */
public record Clinic(long id, String name, ZoneId zone, String locale) {
}
