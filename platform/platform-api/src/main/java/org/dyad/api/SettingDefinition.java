package org.dyad.api;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A setting a module declares.
 *
 * @param key          unique within the module
 * @param label        shown to clinic admins
 * @param defaultValue used until a clinic sets its own
 * @param validator    returns an error message for a bad value, or empty when the value is fine
 * @since 1.0
 */
public record SettingDefinition(String key, String label, String defaultValue,
                                Function<String, Optional<String>> validator) {
    public SettingDefinition {
        Objects.requireNonNull(key);
        Objects.requireNonNull(defaultValue);
    }

    /** An integer setting within {@code [min, max]}. */
    public static SettingDefinition integer(String key, String label, int defaultValue, int min, int max) {
        return new SettingDefinition(key, label, Integer.toString(defaultValue), value -> {
            try {
                int v = Integer.parseInt(value.trim());
                return v < min || v > max ? Optional.of(label + " must be between " + min + " and " + max + ".")
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of(label + " must be a whole number.");
            }
        });
    }
}
