package org.dyad.core.module;

import java.util.function.Function;
import org.dyad.api.PluginContext;
import org.pf4j.ExtensionFactory;

/**
 * PF4J's extension factory for Dyad: every extension gets its plugin's {@link PluginContext} (or nothing), never a
 * Spring bean. The context is looked up by the extension class, so it is always the one of the owning plugin.
 */
final class HostExtensionFactory implements ExtensionFactory {

    private final Function<Class<?>, PluginContext> contexts;

    HostExtensionFactory(Function<Class<?>, PluginContext> contexts) {
        this.contexts = contexts;
    }

    @Override
    public <T> T create(Class<T> extensionClass) {
        return PluginObjects.create(extensionClass, contexts.apply(extensionClass));
    }
}
