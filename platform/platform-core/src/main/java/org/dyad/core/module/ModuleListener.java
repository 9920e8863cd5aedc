package org.dyad.core.module;

/**
 * Told when a module starts or is about to stop, on the plugin host's worker thread (e.g. to register and remove its
 * routes). A listener must not call back into {@link PluginHost}'s changing methods.
 */
public interface ModuleListener {

    void started(ActiveModule module);

    void stopping(ActiveModule module);
}
