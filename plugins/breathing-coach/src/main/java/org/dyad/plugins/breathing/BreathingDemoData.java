package org.dyad.plugins.breathing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.DemoDataContributor;
import org.dyad.plugins.breathing.pattern.BreathingPattern;
import org.dyad.plugins.breathing.pattern.BuiltInPatterns;
import org.dyad.plugins.breathing.session.SessionDraft;
import org.dyad.plugins.breathing.session.SessionService;
import org.pf4j.Extension;

/**
 * The demo's breathing history: for each parent with a portal account, four sessions over the last days (mostly
 * before an evening or night pump), tension falling from 4–5 to 2–3; one was stopped early. Saved through
 * {@link SessionService}, so each is checked and audited.
 */
@Extension
public class BreathingDemoData implements DemoDataContributor {

    /** Days ago, local time, pattern, cycles done (-1: all), tension before and after. */
    private record Sample(int daysAgo, LocalTime at, BreathingPattern pattern, int cycles, int before, int after) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(5, LocalTime.of(21, 40), BuiltInPatterns.LET_DOWN_CALM, -1, 5, 3),
            new Sample(3, LocalTime.of(3, 10), BuiltInPatterns.BOX, 3, 4, 3),
            new Sample(2, LocalTime.of(20, 50), BuiltInPatterns.LET_DOWN_CALM, -1, 4, 2),
            new Sample(1, LocalTime.of(14, 20), BuiltInPatterns.FOUR_SEVEN_EIGHT, -1, 3, 2));

    private final PluginContext context;

    public BreathingDemoData(PluginContext context) {
        this.context = context;
    }

    @Override
    public void write(DemoClinic clinic) {
        SessionService sessions = new SessionService(context);
        Instant now = context.clock().instant();
        LocalDate today = LocalDate.now(context.clock().withZone(clinic.zone()));
        for (ClientRef client : clinic.clients()) {
            if (!clinic.hasPortal(client.clientId())) {
                continue;
            }
            for (Sample s : SAMPLES) {
                Instant start = today.minusDays(s.daysAgo()).atTime(s.at()).atZone(clinic.zone()).toInstant();
                int cycles = s.cycles() < 0 ? s.pattern().cycles() : Math.min(s.cycles(), s.pattern().cycles());
                Instant end = start.plus(Duration.ofMinutes(2L + cycles / 2));
                if (end.isBefore(now)) {
                    sessions.save(new SessionDraft(client.clientId(), s.pattern(), cycles, s.before(), s.after(),
                            start, end, null));
                }
            }
        }
    }
}
