package org.dyad.plugins.example;

import org.dyad.testkit.PluginContractTest;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;

/** The platform's contract, run against the example plugin's real jar. */
class ExamplePluginContractIT extends PluginContractTest {

    @Override
    protected void createClientData(TestKit kit, TestParent parent) {
        NoteStore notes = new NoteStore(kit.context());
        notes.add(parent.clientId(), "First visit went well.");
        notes.add(parent.clientId(), "Follow up in a week.");
    }
}
