package org.dyad.api;

import java.util.Locale;

/**
 * A plugin's own translations, read from {@code i18n/<module-id>[_locale].properties} inside its jar.
 *
 * @since 1.0
 */
public interface Messages {

    /** The text for the key in the current user's locale, formatted with {@link java.text.MessageFormat}. */
    String get(String key, Object... args);

    Locale locale();
}
