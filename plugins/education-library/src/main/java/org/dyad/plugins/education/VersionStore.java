package org.dyad.plugins.education;

import static org.dyad.plugins.education.Db.plain;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.api.ClinicData;
import org.dyad.plugins.education.Db.A;
import org.dyad.plugins.education.Db.V;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** Published versions: history for staff, and the live version that parents browse, search and read. */
final class VersionStore {

    static final int PAGE = 50;

    private final ClinicData data;

    VersionStore(ClinicData data) {
        this.data = data;
    }

    /** Snapshots the article's working copy as its next version and returns the new version number. */
    int publish(Article article, String publishedBy, LocalDateTime now) {
        int next = data.dsl().select(coalesce(max(V.VERSION_NO), inline(0))).from(V.T)
                .where(V.CLINIC_ID.eq(data.clinicId()).and(V.ARTICLE_ID.eq(article.id())))
                .fetchOne(0, Integer.class) + 1;
        ArticleDraft d = article.draft();
        data.dsl().insertInto(V.W)
                .set(plain(V.CLINIC_ID), data.clinicId()).set(plain(V.ARTICLE_ID), article.id())
                .set(plain(V.VERSION_NO), next).set(plain(V.TITLE), d.title()).set(plain(V.SUMMARY), d.summary())
                .set(plain(V.BODY), d.bodyMarkdown()).set(plain(V.CATEGORY), d.category().name())
                .set(plain(V.TAGS), Tags.join(d.tags())).set(plain(V.LANGUAGE), d.language())
                .set(plain(V.AUTHOR), article.author()).set(plain(V.READING_MINUTES), article.readingMinutes())
                .set(plain(V.PUBLISHED_AT), now).set(plain(V.PUBLISHED_BY), publishedBy)
                .execute();
        return next;
    }

    List<VersionInfo> history(long articleId) {
        return data.dsl().select(V.VERSION_NO, V.TITLE, V.PUBLISHED_AT, V.PUBLISHED_BY).from(V.T)
                .where(V.CLINIC_ID.eq(data.clinicId()).and(V.ARTICLE_ID.eq(articleId)))
                .orderBy(V.VERSION_NO.desc())
                .fetch(r -> new VersionInfo(r.get(V.VERSION_NO), r.get(V.TITLE), r.get(V.PUBLISHED_AT),
                        r.get(V.PUBLISHED_BY)));
    }

    Optional<PublishedArticle> version(long articleId, int version) {
        return data.dsl().select(full()).from(V.T)
                .where(V.CLINIC_ID.eq(data.clinicId()).and(V.ARTICLE_ID.eq(articleId)).and(V.VERSION_NO.eq(version)))
                .fetchOptional(VersionStore::published);
    }

    /** The version parents may read now: published, not retired, not hidden by the clinic. */
    Optional<PublishedArticle> live(long articleId) {
        return data.dsl().select(full()).from(V.T).join(A.T).on(liveJoin())
                .where(visible().and(V.ARTICLE_ID.eq(articleId)))
                .fetchOptional(VersionStore::published);
    }

    /** A page of the visible articles, by category and title. */
    List<ArticleCard> browse(@Nullable Category category, int offset, int limit) {
        Condition where = category == null ? visible() : visible().and(V.CATEGORY.eq(category.name()));
        return data.dsl().select(card()).from(V.T).join(A.T).on(liveJoin()).where(where)
                .orderBy(V.CATEGORY, V.TITLE, V.ARTICLE_ID).limit(limit).offset(offset).fetch(VersionStore::card);
    }

    /** Up to a page of matches, ranked by {@link SearchTier} and then by relevance within the tier. */
    List<ArticleCard> search(String booleanQuery, @Nullable Category category) {
        List<ArticleCard> hits = new ArrayList<>();
        for (SearchTier tier : SearchTier.values()) {
            if (hits.size() >= PAGE) {
                break;
            }
            List<Long> found = hits.stream().map(ArticleCard::articleId).toList();
            hits.addAll(tierQuery(tier, booleanQuery, category, found, PAGE - hits.size()).fetch(VersionStore::card));
        }
        return hits;
    }

    /** One tier's statement: the full-text index finds the rows, the live-version join only filters them. */
    Select<Record> tierQuery(SearchTier tier, String booleanQuery, @Nullable Category category, List<Long> excluded,
                             int limit) {
        Field<Double> relevance = tier.relevance(booleanQuery);
        Condition where = visible().and(DSL.condition("{0}", relevance));
        if (category != null) {
            where = where.and(V.CATEGORY.eq(category.name()));
        }
        if (!excluded.isEmpty()) {
            where = where.and(V.ARTICLE_ID.notIn(excluded));
        }
        return data.dsl().select(card()).from(V.T).join(A.T).on(liveJoin()).where(where)
                .orderBy(relevance.desc(), V.TITLE).limit(limit);
    }

    private Condition visible() {
        return V.CLINIC_ID.eq(data.clinicId()).and(A.CLINIC_ID.eq(data.clinicId()))
                .and(A.HIDDEN.isFalse()).and(A.STATUS.ne(ArticleStatus.RETIRED.name()));
    }

    private static Condition liveJoin() {
        return A.ID.eq(V.ARTICLE_ID).and(A.LIVE_VERSION.eq(V.VERSION_NO));
    }

    private static List<SelectField<?>> card() {
        return List.of(V.ARTICLE_ID, V.TITLE, V.SUMMARY, V.CATEGORY, V.READING_MINUTES);
    }

    private static List<SelectField<?>> full() {
        return List.of(V.ARTICLE_ID, V.VERSION_NO, V.TITLE, V.SUMMARY, V.BODY, V.CATEGORY, V.TAGS, V.LANGUAGE,
                V.AUTHOR, V.READING_MINUTES, V.PUBLISHED_AT, V.PUBLISHED_BY);
    }

    private static ArticleCard card(Record r) {
        return new ArticleCard(r.get(V.ARTICLE_ID), r.get(V.TITLE), r.get(V.SUMMARY),
                Category.valueOf(r.get(V.CATEGORY)), r.get(V.READING_MINUTES));
    }

    private static PublishedArticle published(Record r) {
        return new PublishedArticle(r.get(V.ARTICLE_ID), r.get(V.VERSION_NO), r.get(V.TITLE), r.get(V.SUMMARY),
                r.get(V.BODY), Category.valueOf(r.get(V.CATEGORY)), Tags.split(r.get(V.TAGS)), r.get(V.LANGUAGE),
                r.get(V.AUTHOR), r.get(V.READING_MINUTES), r.get(V.PUBLISHED_AT), r.get(V.PUBLISHED_BY));
    }
}
