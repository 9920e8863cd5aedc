package org.dyad.core.module;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.dyad.api.Messages;

/** A plugin's translations: {@code i18n/<module-id>[_locale].properties} read through the plugin's class loader. */
final class BundleMessages implements Messages {

    private final String bundle;
    private final ClassLoader classLoader;
    private final Supplier<Locale> locale;

    BundleMessages(String moduleId, ClassLoader classLoader, Supplier<Locale> locale) {
        this.bundle = "i18n/" + moduleId;
        this.classLoader = classLoader;
        this.locale = locale;
    }

    /** The translation, or {@code !key!} so that a missing key is visible on screen and in tests. */
    @Override
    public String get(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(bundle, locale(), classLoader).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    @Override
    public Locale locale() {
        return locale.get();
    }
}
