package org.dyad.web.reliability.faulty;

import org.pf4j.Plugin;

/** The plugin class; its {@code start} throws when the test asks. */
public class FaultyPlugin extends Plugin {

    @Override
    public void start() {
        Faults.at("start");
    }
}
