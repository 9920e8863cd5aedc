package org.dyad.core.module;

/**
 * Why a plugin could not be loaded or started.
 *
 * @param key    the plugin id, or the file name when no id could be read
 * @param reason one sentence for administrators
 */
public record PluginFailure(String key, String reason) {
}
