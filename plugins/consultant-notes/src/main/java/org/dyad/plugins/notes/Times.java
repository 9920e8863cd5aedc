package org.dyad.plugins.notes;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dyad.api.PluginContext;

/** Instants shown in the clinic's time zone. */
final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Times() {
    }

    static String format(Instant instant, PluginContext context) {
        return FORMAT.format(instant.atZone(context.data().clinicZone()));
    }
}
