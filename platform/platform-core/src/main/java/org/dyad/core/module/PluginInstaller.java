package org.dyad.core.module;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.dyad.api.ValidationException;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;

/** Puts a verified upload in place of any older version of the same plugin and loads it. Runs on the worker thread. */
final class PluginInstaller {

    private final PluginsConfig config;
    private final PluginRuntime runtime;

    PluginInstaller(PluginsConfig config, PluginRuntime runtime) {
        this.config = config;
        this.runtime = runtime;
    }

    InstallResult install(PluginUpload upload) {
        PluginDescriptor descriptor = upload.descriptor();
        String id = descriptor.getPluginId();
        DyadPluginManager manager = runtime.manager();
        String requires = descriptor.getRequires();
        if (requires != null && !requires.isBlank() && !"*".equals(requires.trim())
                && !manager.getVersionManager().checkVersionConstraint(manager.getSystemVersion(), requires)) {
            upload.discard();
            throw new ValidationException("file", PluginFailureReasons.requires(requires, manager.getSystemVersion()));
        }
        removeOld(id);
        Path target = config.dir().resolve(id + "-" + descriptor.getVersion() + ".jar");
        move(upload.file(), target);
        manager.loadPlugin(target);
        return new InstallResult(id, descriptor.getVersion(), upload.sha256());
    }

    private void removeOld(String id) {
        PluginWrapper old = runtime.manager().getPlugin(id);
        if (old == null) {
            return;
        }
        runtime.stop(id);
        Path oldPath = old.getPluginPath();
        runtime.manager().unloadPlugin(id);
        try {
            Files.deleteIfExists(oldPath);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the old version " + oldPath, e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the upload to " + to, e);
        }
    }
}
