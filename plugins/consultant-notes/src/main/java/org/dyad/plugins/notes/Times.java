package org.dyad.plugins.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dyad.api.PluginContext;

/** Instants shown in the clinic's time zone. */
final class Times {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Times() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String format(Instant instant, PluginContext context) {
        return FORMAT.format(instant.atZone(context.data().clinicZone()));
    }
}
