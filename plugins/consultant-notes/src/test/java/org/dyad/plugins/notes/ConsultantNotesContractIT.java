package org.dyad.plugins.notes;

import org.dyad.testkit.PluginContractTest;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;

class ConsultantNotesContractIT extends PluginContractTest {

    @Override
    protected void createClientData(TestKit kit, TestParent parent) {
        Charting.signedWithAddendum(kit, parent);
    }
}
