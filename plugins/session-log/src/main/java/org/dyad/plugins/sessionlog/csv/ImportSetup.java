package org.dyad.plugins.sessionlog.csv;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.dyad.api.ClientRef;

/**
 * What an import needs besides the file.
 *
 * @param babies        the client's babies (rows name them)
 * @param defaultBabyId the baby for rows that name none (Huckleberry rows, or a one-baby client)
 * @param zone          the clinic's zone, for times without an offset
 * @param now           for the "not in the future" rule
 */
public record ImportSetup(List<ClientRef.BabyRef> babies, long defaultBabyId, ZoneId zone, Instant now) {
    public ImportSetup {
        babies = List.copyOf(babies);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
    }
}
