package org.dyad.plugins.example;

import org.pf4j.Plugin;

/** A plugin class whose start fails, packed into a broken jar by {@link BrokenPluginsIT}. */
public class ThrowingPlugin extends Plugin {

    @Override
    public void start() {
        throw new IllegalStateException("boom");
    }
}
