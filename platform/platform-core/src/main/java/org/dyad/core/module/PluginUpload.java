package org.dyad.core.module;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipFile;
import org.dyad.api.ValidationException;
import org.pf4j.PluginDescriptor;

/**
 * An uploaded jar in a temporary file below the plugins folder (in {@code .uploads/}, which PF4J does not scan), with its SHA-256 and its descriptor,
 * verified before anything is loaded.
 */
record PluginUpload(Path file, String sha256, PluginDescriptor descriptor) {

    static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final String ID_PATTERN = "[a-z][a-z0-9-]{0,63}";

    static PluginUpload receive(PluginsConfig config, String fileName, InputStream content) {
        if (config.development()) {
            throw new ValidationException("", "Uploading plugins needs deployment mode (dyad.plugins.mode=deployment).");
        }
        if (!fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".jar")) {
            throw new ValidationException("file", "Choose a plugin jar file (.jar).");
        }
        Path temp = null;
        try {
            Path uploads = Files.createDirectories(config.dir().resolve(".uploads"));
            temp = Files.createTempFile(uploads, "upload-", ".jar");
            String sha256 = copy(content, temp);
            return new PluginUpload(temp, sha256, verify(temp, fileName));
        } catch (IOException e) {
            delete(temp);
            throw new ValidationException("file", "The upload could not be stored: " + e.getMessage());
        } catch (RuntimeException e) {
            delete(temp);
            throw e;
        }
    }

    void discard() {
        delete(file);
    }

    private static String copy(InputStream content, Path target) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new ValidationException("file", "A plugin jar may be at most 100 MB.");
                }
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static PluginDescriptor verify(Path jar, String fileName) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.getEntry("plugin.properties") == null && zip.getEntry("META-INF/MANIFEST.MF") == null) {
                throw new ValidationException("file", PluginFailureReasons.noDescriptor(fileName));
            }
        } catch (IOException e) {
            throw new ValidationException("file", PluginFailureReasons.corruptJar(fileName));
        }
        PluginDescriptor descriptor;
        try {
            descriptor = DyadPluginManager.descriptorFinder(false).find(jar);
        } catch (RuntimeException e) {
            throw new ValidationException("file", PluginFailureReasons.noDescriptor(fileName));
        }
        if (descriptor.getPluginId() == null || !descriptor.getPluginId().matches(ID_PATTERN)) {
            throw new ValidationException("file", "The plugin id must be lower-case letters, digits and '-' (found '"
                    + descriptor.getPluginId() + "').");
        }
        return descriptor;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a leftover file in .uploads/ is never loaded
        }
    }
}
