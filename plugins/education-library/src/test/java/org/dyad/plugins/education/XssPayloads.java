package org.dyad.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Markdown an attacker might write into an article: each must come out of the renderer inert. */
final class XssPayloads {

    private static final Pattern UNSAFE_URL =
            Pattern.compile("^\\s*(javascript|vbscript|data):", Pattern.CASE_INSENSITIVE);

    private XssPayloads() {
    }

    static List<String> all() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"x\" onerror=\"alert(document.cookie)\">",
                "<svg onload=alert(1)>",
                "<body onload=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](  javascript:alert(1))",
                "[click](java&#x09;script:alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click](vbscript:msgbox(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "![pic](javascript:alert(1))",
                "[click][ref]\n\n[ref]: javascript:alert(1)",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><button>go</button></form>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
                "<https://ok.example\" onmouseover=\"alert(1)>",
                "[x](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "`<script>` in code is fine\n\n```html\n<script>alert(1)</script>\n```",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">");
    }

    static void assertInert(String html) {
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<svg").doesNotContainIgnoringCase("<object")
                .doesNotContainIgnoringCase("<embed").doesNotContainIgnoringCase("<form")
                .doesNotContainIgnoringCase("<style").doesNotContainIgnoringCase("<meta")
                .doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<base");
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute on <%s>", element.tagName())
                        .doesNotStartWithIgnoringCase("on").isNotEqualToIgnoringCase("style");
                assertThat(UNSAFE_URL.matcher(attribute.getValue()).find())
                        .as("%s=%s", attribute.getKey(), attribute.getValue()).isFalse();
            }
        }
    }
}
