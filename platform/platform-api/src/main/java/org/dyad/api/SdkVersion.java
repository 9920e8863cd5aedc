package org.dyad.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The semantic version of this SDK, which the host announces to PF4J as its system version. A plugin states the
 * range it supports in {@code Plugin-Requires} (for example {@code >=1.0.0 & <2.0.0}).
 *
 * @since 1.0
 */
public final class SdkVersion {

    private static final String VERSION = load();

    private SdkVersion() {
    }

    /** The SDK version, for example {@code 1.0.0}. */
    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("sdk.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("api.version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("platform-api is missing sdk.properties", new IOException(e));
        }
    }
}
