package org.dyad.api;

/**
 * A module's per-clinic settings, declared with {@link SettingDefinition}s; unset values fall back to the default.
 *
 * @since 1.0
 */
public interface Settings {

    String get(String key);

    default int getInt(String key) {
        return Integer.parseInt(get(key));
    }

    /** Validates and stores a value for the current clinic (audited). */
    void set(String key, String value);
}
