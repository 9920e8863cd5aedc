package org.dyad.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static java.util.List<String> payloads() {
        return XssPayloads.all();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void every_known_xss_payload_renders_without_active_content(String payload) {
        XssPayloads.assertInert(renderer.render(payload, ModuleLinks.none()));
    }

    @Test
    void there_are_at_least_twenty_payloads() {
        assertThat(XssPayloads.all()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void raw_html_is_shown_as_text_instead_of_being_interpreted() {
        String html = renderer.render("Hello <b>world</b>", ModuleLinks.none());

        assertThat(html).contains("&lt;b&gt;world&lt;/b&gt;").doesNotContain("<b>");
    }

    @Test
    void ordinary_markdown_keeps_headings_lists_emphasis_tables_and_safe_links() {
        String html = renderer.render("""
                ## Heading

                - **bold** and *soft*
                - [a link](https://example.org/page)

                | A | B |
                | --- | --- |
                | 1 | 2 |
                """, ModuleLinks.none());

        assertThat(html).contains("<h2>Heading</h2>", "<strong>bold</strong>", "<em>soft</em>", "<table>", "<td>2</td>")
                .contains("<a href=\"https://example.org/page\" rel=\"nofollow noopener noreferrer\">a link</a>");
    }

    @Test
    void a_module_link_points_to_the_module_page_when_the_module_is_enabled() {
        ModuleLinks enabled = (module, path) -> Optional.of("portal/" + module + "/" + path);

        String html = renderer.render("[Try the breathing exercise now](module:breathing-coach/)", enabled);

        assertThat(html).contains("<a href=\"/portal/breathing-coach/\"").contains("Try the breathing exercise now");
    }

    @Test
    void a_module_link_disappears_with_its_paragraph_when_the_module_is_not_enabled() {
        String html = renderer.render("Before.\n\n[Try the breathing exercise now](module:breathing-coach/)\n\nAfter.",
                ModuleLinks.none());

        assertThat(html).doesNotContain("breathing").doesNotContain("<p></p>").contains("Before.", "After.");
    }

    @Test
    void a_module_link_with_a_malformed_module_id_is_dropped() {
        ModuleLinks anything = (module, path) -> Optional.of("portal/" + module + "/" + path);

        String html = renderer.render("[x](module:../../admin/)", anything);

        assertThat(html).doesNotContain("href");
    }

    @Test
    void the_output_is_wrapped_in_one_element_so_that_a_vaadin_html_component_accepts_it() {
        String html = renderer.render("One.\n\nTwo.", ModuleLinks.none());

        assertThat(Jsoup.parseBodyFragment(html).body().children()).hasSize(1);
    }
}
