package org.dyad.core.module;

/** A plugin installed by upload: what it is and the SHA-256 of the jar, to compare with the publisher's. */
public record InstallResult(String pluginId, String version, String sha256) {
}
