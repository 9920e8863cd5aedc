package org.dyad.plugins.sessionlog;

import java.time.Duration;
import java.time.Instant;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Pump;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.dyad.plugins.sessionlog.log.Side;
import org.dyad.plugins.sessionlog.log.TimerService;
import org.dyad.plugins.sessionlog.log.Weighing;
import org.dyad.testkit.PluginContractTest;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;

/** The platform's contract, run against the session log's real jar. */
class SessionLogContractIT extends PluginContractTest {

    @Override
    protected void createClientData(TestKit kit, TestParent parent) {
        long baby = parent.client().babies().getFirst().babyId();
        Instant t = Instant.now().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        SessionLogService log = new SessionLogService(kit.context());
        log.add(parent.clientId(), new Breastfeed(baby, t, t.plusSeconds(1200), 600, 600, Side.LEFT, 2, "fine"));
        log.add(parent.clientId(), Pump.perSide(baby, t.plusSeconds(3600), t.plusSeconds(4500), 60, 45));
        log.add(parent.clientId(), new Weighing(baby, t.plusSeconds(5000), 3300));
        TimerService timers = new TimerService(kit.context());
        if (timers.runningFor(parent.clientId(), baby).isEmpty()) {
            timers.start(parent.clientId(), baby, Side.RIGHT);
        }
    }
}
