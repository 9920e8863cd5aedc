package org.dyad.core.module;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One installed plugin as administrators see it.
 *
 * @param id            the plugin id (or the file name when the file could not even be read)
 * @param name          the module's name, or the id when the module is not running
 * @param failureReason set when {@link #status()} is {@link ModuleStatus#FAILED}
 * @param dependencies  ids of the plugins it depends on
 * @param checksum      SHA-256 of the uploaded jar, when it was installed by upload
 */
public record ModuleInfo(String id, String name, String version, String description, ModuleStatus status,
                         @Nullable String failureReason, List<String> dependencies, @Nullable String checksum) {

    public ModuleInfo {
        dependencies = List.copyOf(dependencies);
    }
}
