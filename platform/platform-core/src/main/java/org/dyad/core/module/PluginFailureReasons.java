package org.dyad.core.module;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.pf4j.PluginRuntimeException;

/** The sentences administrators read on the Modules page when a plugin cannot run. */
final class PluginFailureReasons {

    private PluginFailureReasons() {
    }

    static String corruptJar(String file) {
        return "The file " + file + " is not a valid jar (zip) file.";
    }

    static String noDescriptor(String file) {
        return "The file " + file + " has no plugin descriptor (plugin.properties or a manifest with Plugin-Id).";
    }

    static String requires(String requires, String systemVersion) {
        return "This plugin requires platform API " + requires + ", but this platform provides " + systemVersion + ".";
    }

    static String missingDependency(String ids) {
        return "A plugin it depends on is not installed: " + ids + ".";
    }

    static String startFailed(Throwable e) {
        return "The plugin failed to start: " + describe(e);
    }

    static String ofLoad(String file, RuntimeException e) {
        if (e instanceof BadJarException) {
            return e.getMessage();
        }
        return "The plugin " + file + " could not be loaded: " + describe(e);
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }

    /** A jar that cannot be opened as a zip file or that has no descriptor; the message is the reason. */
    static final class BadJarException extends PluginRuntimeException {
        BadJarException(String reason, @Nullable IOException cause) {
            super(reason);
            if (cause != null) {
                initCause(cause);
            }
        }
    }
}
