package org.dyad.plugins.education;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns an article's Markdown into HTML that is safe to put into a page.
 *
 * <p>Two independent layers: commonmark escapes any raw HTML (it is shown as text) and blanks unsafe link protocols;
 * then {@link HtmlSanitizer} keeps only an allow-list of tags, attributes and {@code http}/{@code https}/{@code mailto}
 * URLs. Module links are resolved in between, against the clinic's enabled modules. Thread-safe.
 */
final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** The article body as sanitized HTML inside one {@code <div>}, module links resolved with {@code links}. */
    String render(String markdown, ModuleLinks links) {
        Node document = parser.parse(markdown);
        resolveModuleLinks(document, links);
        return "<div class=\"education-article\">" + sanitizer.clean(renderer.render(document)) + "</div>";
    }

    private static void resolveModuleLinks(Node document, ModuleLinks links) {
        List<Link> moduleLinks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith(ModuleLinks.SCHEME)) {
                    moduleLinks.add(link);
                }
                visitChildren(link);
            }
        });
        moduleLinks.forEach(link -> resolve(link, links));
    }

    private static void resolve(Link link, ModuleLinks links) {
        Optional<String> url = target(link.getDestination(), links);
        if (url.isPresent()) {
            link.setDestination("/" + url.get().replaceFirst("^/", ""));
            return;
        }
        Node parent = link.getParent();
        link.unlink();
        if (parent instanceof Paragraph && parent.getFirstChild() == null) {
            parent.unlink();
        }
    }

    private static Optional<String> target(String destination, ModuleLinks links) {
        String rest = destination.substring(ModuleLinks.SCHEME.length());
        int slash = rest.indexOf('/');
        String moduleId = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        if (!moduleId.matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        return links.resolve(moduleId, path);
    }
}
