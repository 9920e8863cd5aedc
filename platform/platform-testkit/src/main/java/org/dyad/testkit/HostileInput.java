package org.dyad.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus of hostile values for forms and imports: text (empty, blank, 100,000 characters, number-like text, RTL
 * override and Arabic script, zero-width characters, emoji, combining marks, SQL and HTML/JS payloads, a NUL
 * character, a line break), numbers (negative, zero, the {@code int} extremes, NaN and infinities), number texts as a
 * person could type them, and far-past and far-future dates and instants.
 *
 * <p>Feed every value to every field of a service call and record each attempt with {@link HostileAttempts}: each must
 * be refused with a {@link org.dyad.api.ValidationException} and leave the stored data unchanged, or be a valid value
 * that reads back verbatim. The HTML/JS payloads set {@code window.__pwned} when they run, so a browser test can
 * check that none did.
 *
 * @since 1.0.0
 */
public final class HostileInput {

    /** A script element that sets {@code window.__pwned}. */
    public static final String SCRIPT = "<script>window.__pwned=1</script>";
    /** An image whose error handler sets {@code window.__pwned}. */
    public static final String IMG = "<img src=x onerror=window.__pwned=1>";
    /** An attribute break-out followed by an SVG whose load handler sets {@code window.__pwned}. */
    public static final String SVG = "\"><svg onload=window.__pwned=1>";
    /** A Markdown link to a {@code javascript:} URL that sets {@code window.__pwned}. */
    public static final String JS_LINK = "[click me](javascript:window.__pwned=1)";
    /** The length of the huge text. */
    public static final int HUGE_LENGTH = 100_000;

    private static final Map<String, String> STRINGS = new LinkedHashMap<>();

    static {
        STRINGS.put("empty", "");
        STRINGS.put("blank", "   ");
        STRINGS.put("huge", "a".repeat(HUGE_LENGTH));
        STRINGS.put("negative", "-1");
        STRINGS.put("nan", "NaN");
        STRINGS.put("infinity", "Infinity");
        STRINGS.put("overflow", "1e309");
        STRINGS.put("rtl-override", "\u202Eevil\u202C");
        STRINGS.put("rtl-name", "مريم");
        STRINGS.put("zero-width-only", "\u200B\u200B");
        STRINGS.put("zero-width-inside", "Zu\u200Bri");
        STRINGS.put("emoji", "Zuri 👶🍼");
        STRINGS.put("combining", "Zoe\u0308");
        STRINGS.put("sql", "Robert'); DROP TABLE client;--");
        STRINGS.put("sql-quote", "' OR '1'='1");
        STRINGS.put("html-script", SCRIPT);
        STRINGS.put("html-img", IMG);
        STRINGS.put("newline", "a\nb");
        STRINGS.put("html-svg", SVG);
        STRINGS.put("markdown-js-link", JS_LINK);
        STRINGS.put("nul", "a\u0000b");
    }

    private HostileInput() {
    }

    /** The hostile texts by name, in a fixed order. */
    public static Map<String, String> strings() {
        return Collections.unmodifiableMap(STRINGS);
    }

    /** The HTML/JS payloads, for rendering checks. */
    public static List<String> markup() {
        return List.of(SCRIPT, IMG, SVG, JS_LINK);
    }

    /** Whole numbers at and beyond every sensible bound. */
    public static List<Integer> integers() {
        return List.of(-1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, 1_000_000);
    }

    /** Decimal numbers that are not numbers, infinite, negative zero or extreme. */
    public static List<Double> doubles() {
        return List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, -1.0, Double.MAX_VALUE,
                Double.MIN_VALUE);
    }

    /** Number texts a person or a file could hold: not numbers, overflowing, other digits, separators, blank. */
    public static List<String> numberTexts() {
        return List.of("", " ", "NaN", "Infinity", "-Infinity", "1e309", "-1", "99999999999999999999", "2147483648",
                "0x1F", "1,5", "1.2.3", "١٢٣", "12abc", "-0", "1e-400", "1e999999999");
    }

    /** Dates no form should take for a real event: the extremes of {@link LocalDate}, year 1 and year 9999. */
    public static List<LocalDate> dates() {
        return List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    }

    /** Instants no form should take for a real event: the extremes of {@link Instant}, year 1, 1970 and year 9999. */
    public static List<Instant> instants() {
        return List.of(Instant.MIN, Instant.MAX, Instant.parse("0001-01-01T00:00:00Z"), Instant.EPOCH,
                Instant.parse("9999-12-31T23:59:59Z"));
    }

    /** How many values the corpus holds: texts, integers, doubles, number texts, dates and instants. */
    public static int size() {
        return STRINGS.size() + integers().size() + doubles().size() + numberTexts().size() + dates().size()
                + instants().size();
    }
}
