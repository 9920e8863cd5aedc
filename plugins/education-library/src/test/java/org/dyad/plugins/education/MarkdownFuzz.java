package org.dyad.plugins.education;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Generated-input fuzzing of {@link MarkdownRenderer} for a set time (not part of the build). Inputs mix Markdown syntax,
 * raw HTML, URL schemes, the known XSS payloads and random Unicode. A finding is an exception, or output that
 * is unsafe: a script-capable tag, an event or style attribute, or a URL attribute ({@code href}, {@code src} …) with a
 * scheme other than http, https or mailto. Unlike {@link XssPayloads#assertInert}, text attributes ({@code alt},
 * {@code title}) may contain {@code javascript:} as text: they are never navigated.
 * <p>Run: see {@code docs/reliability.md} (exec-maven-plugin's {@code exec} goal, test class path,
 * arguments: seconds and an optional seed).
 */
final class MarkdownFuzz {

    private static final System.Logger LOG = System.getLogger(MarkdownFuzz.class.getName());
    private static final List<String> FRAGMENTS = List.of("# ", "## ", "**", "*", "_", "`", "```\n", "> ", "- ", "1. ",
            "[", "]", "(", ")", "![", "<", ">", "</", "/>", "\"", "'", "=", "&", ";", "&#", "&#x", "\n", "\n\n", "|", "---",
            " | ", "|---|", "\\", "\t", "    ", "script", "img", "a", "svg", "iframe", "style", "onerror", "onload", "href",
            "src", "javascript:", "JaVaScRiPt:", "data:text/html,", "vbscript:", "module:", "http://", "https://",
            "mailto:", "alert(1)", "window.__pwned=1", "%0a", "\u0000", "\u202E", "\u200B", "\uFEFF", "👶", "\uD800");

    private static final Pattern DANGEROUS_TAG =
            Pattern.compile("<(script|iframe|svg|object|embed|form|style|meta|link|base|math)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "xlink:href",
            "background", "poster", "srcset", "cite");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private MarkdownFuzz() {
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        for (String sample : List.of("<a href=\" JaVa\tscript:x\">", "<img src=x onerror=y>", "<p><SCRIPT>", "<a href=\"data:x\">")) {
            if (unsafe(sample) == null) {
                throw new IllegalStateException("The oracle misses " + sample);
            }
        }
        Random random = new Random(seed);
        MarkdownRenderer renderer = new MarkdownRenderer();
        List<String> payloads = XssPayloads.all();
        Map<String, Integer> findings = new TreeMap<>();
        Instant end = Instant.now().plus(Duration.ofSeconds(seconds));
        long executions = 0;
        while (Instant.now().isBefore(end)) {
            String input = input(random, payloads);
            executions++;
            try {
                String unsafe = unsafe(renderer.render(input, ModuleLinks.none()));
                if (unsafe != null) {
                    throw new IllegalStateException("unsafe HTML: " + unsafe);
                }
            } catch (RuntimeException | StackOverflowError e) {
                String key = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
                if (findings.merge(key, 1, Integer::sum) == 1) {
                    LOG.log(System.Logger.Level.WARNING, "Finding on input " + input.replace("\n", "\\n"), e);
                }
            }
        }
        LOG.log(System.Logger.Level.INFO, "markdown-fuzz seconds={0} seed={1} executions={2} findings={3} distinct={4}",
                seconds, seed, executions, findings.values().stream().mapToInt(Integer::intValue).sum(), findings);
    }

    private static String input(Random random, List<String> payloads) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(40);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(4)) {
                case 0 -> b.append(payloads.get(random.nextInt(payloads.size())));
                case 1 -> b.appendCodePoint(random.nextInt(0x2FFFF));
                default -> b.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
        }
        return b.toString();
    }

    /** What makes the HTML unsafe, or null. */
    static String unsafe(String html) {
        Matcher tag = DANGEROUS_TAG.matcher(html);
        if (tag.find()) {
            return tag.group();
        }
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style")) {
                    return "<" + element.tagName() + " " + key + ">";
                }
                if (URL_ATTRIBUTES.contains(key) && !safeUrl(attribute.getValue())) {
                    return "<" + element.tagName() + " " + key + "=" + attribute.getValue() + ">";
                }
            }
        }
        return null;
    }

    private static boolean safeUrl(String url) {
        String u = url.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(Locale.ROOT);
        int colon = u.indexOf(':');
        int end = u.replaceAll("[/?#].*", "").length();
        return colon < 0 || colon >= end || SAFE_SCHEMES.contains(u.substring(0, colon));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("").replaceAll("\\s+", " ");
    }
}
