package org.dyad.core.module;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import org.dyad.api.PluginContext;

/**
 * Creates plugin objects (extensions and views) the one way the SDK promises: a public constructor taking a
 * {@link PluginContext}, else a public no-argument constructor. Nothing else is ever injected.
 */
final class PluginObjects {

    private PluginObjects() {
    }

    static <T> T create(Class<T> type, PluginContext context) {
        try {
            Constructor<T> withContext = publicConstructor(type, PluginContext.class);
            if (withContext != null) {
                return withContext.newInstance(context);
            }
            Constructor<T> noArgs = publicConstructor(type);
            if (noArgs != null) {
                return noArgs.newInstance();
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The constructor of " + type.getName() + " threw: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName() + ": " + e, e);
        }
        throw new IllegalStateException(type.getName()
                + " needs a public constructor taking a PluginContext or nothing; no other parameters are injected.");
    }

    private static <T> Constructor<T> publicConstructor(Class<T> type, Class<?>... parameters) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(parameters);
            if (!Modifier.isPublic(constructor.getModifiers())) {
                return null;
            }
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
