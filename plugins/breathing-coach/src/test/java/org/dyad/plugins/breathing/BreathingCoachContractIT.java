package org.dyad.plugins.breathing;

import java.time.Instant;
import org.dyad.plugins.breathing.pattern.BuiltInPatterns;
import org.dyad.plugins.breathing.session.SessionDraft;
import org.dyad.plugins.breathing.session.SessionService;
import org.dyad.testkit.PluginContractTest;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;

class BreathingCoachContractIT extends PluginContractTest {

    @Override
    protected void createClientData(TestKit kit, TestParent parent) {
        Instant start = kit.context().clock().instant();
        new SessionService(kit.context()).save(new SessionDraft(parent.clientId(), BuiltInPatterns.LET_DOWN_CALM, 2, 4,
                3, start, start.plusSeconds(24), null));
    }
}
