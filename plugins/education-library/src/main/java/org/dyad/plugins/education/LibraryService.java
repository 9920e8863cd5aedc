package org.dyad.plugins.education;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dyad.api.ClinicData;
import org.dyad.api.CurrentUser;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Managing the clinic's library: write, review, publish, retire and hide articles, with version history. Every method
 * checks the caller's permission; views are not the security boundary.
 */
final class LibraryService {

    private final PluginContext context;
    private final ArticleStore articles;
    private final VersionStore versions;
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    LibraryService(PluginContext context) {
        this.context = context;
        this.articles = new ArticleStore(context.data());
        this.versions = new VersionStore(context.data());
        new StarterSeeder(context.data(), context.clock()).ensureSeeded();
    }

    /** A page of the clinic's articles, all statuses, newest change first, or ranked by relevance to {@code query}. */
    List<Article> page(String query, int offset, int limit) {
        user().require(Permissions.READ);
        return articles.list(SearchTerms.booleanQuery(query), offset, limit);
    }

    /** How many articles {@link #page} pages through for {@code query}. */
    int count(String query) {
        user().require(Permissions.READ);
        return articles.count(SearchTerms.booleanQuery(query));
    }

    Article get(long id) {
        user().require(Permissions.READ);
        return articles.find(id).orElseThrow(() -> notFound());
    }

    /**
     * Creates a draft article; its id. Saving again with the same {@code requestKey} (after an error whose answer was
     * lost) returns the article that save created instead of a second one.
     *
     * @param requestKey the new-article editor's key, kept until its first save succeeds; null creates without one
     */
    long create(ArticleDraft draft, @Nullable UUID requestKey) {
        user().require(Permissions.MANAGE);
        draft.requireWritable();
        if (requestKey != null) {
            Optional<Long> created = articles.createdWith(requestKey);
            if (created.isPresent()) {
                return created.get();
            }
        }
        long id;
        try {
            id = articles.insert(draft, user().displayName(), null, now(), requestKey);
        } catch (RuntimeException e) {
            if (requestKey == null || !ClinicData.isDuplicateKey(e)) {
                throw e;
            }
            // The same save arrived twice at once: the other one created the article.
            return articles.createdWith(requestKey).orElseThrow(() -> e);
        }
        context.audit().record("education-library.article.created", "article", id, null, null);
        return id;
    }

    /** Saves an edit made to the version the editor started from; a published article stays live meanwhile. */
    void update(long id, int rowVersion, ArticleDraft draft) {
        Article article = editable(id);
        draft.requireWritable();
        if (!articles.update(article.id(), rowVersion, draft, now())) {
            Article current = editable(id);
            if (current.rowVersion() == rowVersion + 1 && current.draft().equals(draft)) {
                return; // this very save, pressed again after its answer was lost: it is stored already
            }
            throw new ValidationException("", "Someone else changed this article meanwhile. Reload it and edit again.");
        }
        context.audit().record("education-library.article.updated", "article", id, null, null);
    }

    void submitForReview(long id) {
        Article article = editable(id);
        articles.setStatus(id, ArticleStatus.IN_REVIEW, article.liveVersion(), now());
    }

    /** Publishes the working copy as a new version; the previous version stays in the history. */
    int publish(long id) {
        Article article = editable(id);
        int version = versions.publish(article, user().displayName(), now());
        articles.setStatus(id, ArticleStatus.PUBLISHED, version, now());
        context.audit().record("education-library.article.published", "article", id, null, "version " + version);
        return version;
    }

    void retire(long id) {
        Article article = editable(id);
        articles.setStatus(id, ArticleStatus.RETIRED, article.liveVersion(), now());
        context.audit().record("education-library.article.retired", "article", id, null, null);
    }

    /** Hides any article (starter articles included) from the clinic's parents, or shows it again. */
    void setHidden(long id, boolean hidden) {
        user().require(Permissions.MANAGE);
        get(id);
        articles.setHidden(id, hidden);
        context.audit().record("education-library.article." + (hidden ? "hidden" : "shown"), "article", id, null,
                null);
    }

    List<VersionInfo> history(long id) {
        user().require(Permissions.READ);
        return versions.history(id);
    }

    List<VersionDiff.Line> diff(long id, int from, int to) {
        user().require(Permissions.READ);
        return VersionDiff.between(version(id, from), version(id, to));
    }

    /** The Markdown as parents would see it, module links resolved for this clinic. */
    String preview(String markdown) {
        return renderer.render(markdown, ModuleLinks.portal(context.navigation()));
    }

    private PublishedArticle version(long id, int version) {
        return versions.version(id, version)
                .orElseThrow(() -> new ValidationException("version", "There is no version " + version + "."));
    }

    private Article editable(long id) {
        user().require(Permissions.MANAGE);
        Article article = get(id);
        if (article.isStarter()) {
            throw new ValidationException("", "Starter articles are read-only. Hide it and write your own instead.");
        }
        return article;
    }

    private static ValidationException notFound() {
        return new ValidationException("", "This article does not exist in your clinic's library.");
    }

    private CurrentUser user() {
        return context.currentUser();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(context.clock().withZone(ZoneOffset.UTC));
    }
}
