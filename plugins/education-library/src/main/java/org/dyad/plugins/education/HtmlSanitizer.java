package org.dyad.plugins.education;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The last line of defence: an allow-list of harmless tags and attributes. No scripts, styles, frames, forms or event
 * handlers survive, and links and images keep only {@code http}, {@code https} (and {@code mailto} for links) or
 * relative URLs — never {@code javascript:} or {@code data:}.
 */
final class HtmlSanitizer {

    private static final String BASE = "https://dyad.invalid/";

    private final Safelist safelist = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .preserveRelativeLinks(true);

    String clean(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, safelist, output);
    }
}
