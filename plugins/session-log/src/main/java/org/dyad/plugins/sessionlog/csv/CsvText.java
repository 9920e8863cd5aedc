package org.dyad.plugins.sessionlog.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dyad.api.ValidationException;

/** Reads an uploaded file as text, refusing files that are too large or not text, before any parsing. */
public final class CsvText {

    /** 5 MiB: about 70,000 rows, far more than a year of a dyad's log. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private CsvText() {
    }

    /** The file's text; reads at most one byte more than the limit, so a huge upload is refused cheaply. */
    public static String read(InputStream in, long declaredSize) {
        if (declaredSize > MAX_BYTES) {
            throw tooLarge(declaredSize);
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        return decode(bytes);
    }

    static String decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw notText();
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw notText();
        }
    }

    private static ValidationException tooLarge(long size) {
        return new ValidationException("file", String.format(Locale.ROOT,
                "The file is %.1f MB; files up to 5 MB can be imported. Split it into smaller files.",
                size / (1024.0 * 1024.0)));
    }

    private static ValidationException notText() {
        return new ValidationException("file",
                "This file is not a CSV text file (it contains binary data). Export a CSV file and try again.");
    }
}
