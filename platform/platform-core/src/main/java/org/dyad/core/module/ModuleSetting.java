package org.dyad.core.module;

/**
 * One setting a module declares, with the value a clinic uses now.
 *
 * @param key          the setting's key, unique within the module
 * @param label        shown to clinic admins (the key when the module gave none)
 * @param defaultValue the module's default
 * @param value        the clinic's stored value, or the default when it stored none
 */
public record ModuleSetting(String key, String label, String defaultValue, String value) {
}
