package org.dyad.plugins.education;

import java.util.List;
import java.util.Optional;
import org.dyad.api.PluginContext;
import org.jspecify.annotations.Nullable;

/** What parents (and staff) read: the live versions of the clinic's visible articles, browsed or searched. */
final class ReaderService {

    private final PluginContext context;
    private final VersionStore versions;
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    ReaderService(PluginContext context) {
        this.context = context;
        this.versions = new VersionStore(context.data());
        new StarterSeeder(context.data(), context.clock()).ensureSeeded();
    }

    /** The first page of the library, by category and title. */
    List<ArticleCard> browse(@Nullable Category category) {
        return browse(category, 0, VersionStore.PAGE);
    }

    List<ArticleCard> browse(@Nullable Category category, int offset, int limit) {
        context.currentUser().require(Permissions.READ);
        return versions.browse(category, offset, limit);
    }

    /** Full-text search; a title match always ranks above a match in the summary, tags or body only. */
    List<ArticleCard> search(String text, @Nullable Category category) {
        context.currentUser().require(Permissions.READ);
        return SearchTerms.booleanQuery(text).map(query -> versions.search(query, category)).orElseGet(List::of);
    }

    Optional<PublishedArticle> article(long articleId) {
        context.currentUser().require(Permissions.READ);
        return versions.live(articleId);
    }

    /** The article's body as sanitized HTML; links to modules the clinic has not enabled are left out. */
    String html(PublishedArticle article) {
        return renderer.render(article.bodyMarkdown(), ModuleLinks.portal(context.navigation()));
    }
}
