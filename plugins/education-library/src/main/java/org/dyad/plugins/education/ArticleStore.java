package org.dyad.plugins.education;

import static org.dyad.plugins.education.Db.plain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dyad.api.ClinicData;
import org.dyad.plugins.education.Db.A;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/** Reads and writes working copies, always within the current clinic. */
final class ArticleStore {

    private final ClinicData data;

    ArticleStore(ClinicData data) {
        this.data = data;
    }

    long insert(ArticleDraft draft, String author, @Nullable String starterKey, LocalDateTime now) {
        return insert(draft, author, starterKey, now, null);
    }

    long insert(ArticleDraft draft, String author, @Nullable String starterKey, LocalDateTime now,
                @Nullable UUID requestKey) {
        return data.dsl().insertInto(A.W)
                .set(plain(A.CLINIC_ID), data.clinicId())
                .set(plain(A.REQUEST_KEY), requestKey == null ? null : requestKey.toString())
                .set(plain(A.STARTER_KEY), starterKey)
                .set(plain(A.AUTHOR), author)
                .set(plain(A.STATUS), ArticleStatus.DRAFT.name())
                .set(plain(A.CREATED_AT), now)
                .set(plain(A.UPDATED_AT), now)
                .set(plain(A.TITLE), draft.title())
                .set(plain(A.SUMMARY), draft.summary())
                .set(plain(A.BODY), draft.bodyMarkdown())
                .set(plain(A.CATEGORY), draft.category().name())
                .set(plain(A.TAGS), Tags.join(draft.tags()))
                .set(plain(A.LANGUAGE), draft.language())
                .set(plain(A.READING_MINUTES), draft.readingMinutes())
                .set(plain(A.REVIEW_BY), draft.reviewBy())
                .returningResult(plain(A.ID))
                .fetchOne(0, Long.class);
    }

    /** The id of the clinic's article created under {@code requestKey}, if one was. */
    Optional<Long> createdWith(UUID requestKey) {
        return data.dsl().select(plain(A.ID)).from(A.W)
                .where(plain(A.CLINIC_ID).eq(data.clinicId()), plain(A.REQUEST_KEY).eq(requestKey.toString()))
                .fetchOptional(plain(A.ID));
    }

    /** Saves the draft if nobody changed the article since {@code rowVersion}; the article becomes a draft again. */
    boolean update(long id, int rowVersion, ArticleDraft draft, LocalDateTime now) {
        return data.dsl().update(A.W)
                .set(plain(A.TITLE), draft.title())
                .set(plain(A.SUMMARY), draft.summary())
                .set(plain(A.BODY), draft.bodyMarkdown())
                .set(plain(A.CATEGORY), draft.category().name())
                .set(plain(A.TAGS), Tags.join(draft.tags()))
                .set(plain(A.LANGUAGE), draft.language())
                .set(plain(A.READING_MINUTES), draft.readingMinutes())
                .set(plain(A.REVIEW_BY), draft.reviewBy())
                .set(plain(A.STATUS), ArticleStatus.DRAFT.name())
                .set(plain(A.UPDATED_AT), now)
                .set(plain(A.ROW_VERSION), plain(A.ROW_VERSION).plus(1))
                .where(mine(id).and(plain(A.ROW_VERSION).eq(rowVersion)))
                .execute() == 1;
    }

    void setStatus(long id, ArticleStatus status, @Nullable Integer liveVersion, LocalDateTime now) {
        data.dsl().update(A.W)
                .set(plain(A.STATUS), status.name())
                .set(plain(A.LIVE_VERSION), liveVersion)
                .set(plain(A.UPDATED_AT), now)
                .set(plain(A.ROW_VERSION), plain(A.ROW_VERSION).plus(1))
                .where(mine(id))
                .execute();
    }

    void setHidden(long id, boolean hidden) {
        data.dsl().update(A.W).set(plain(A.HIDDEN), hidden).where(mine(id)).execute();
    }

    Optional<Article> find(long id) {
        return data.dsl().select(columns()).from(A.T)
                .where(A.CLINIC_ID.eq(data.clinicId()).and(A.ID.eq(id)))
                .fetchOptional(ArticleStore::article);
    }

    Optional<Article> findStarter(String key) {
        return data.dsl().select(columns()).from(A.T)
                .where(A.CLINIC_ID.eq(data.clinicId()).and(A.STARTER_KEY.eq(key)))
                .fetchOptional(ArticleStore::article);
    }

    int starterCount() {
        return data.dsl().fetchCount(A.T, A.CLINIC_ID.eq(data.clinicId()).and(A.STARTER_KEY.isNotNull()));
    }

    /**
     * A page of the clinic's articles, most recently changed first; {@code query} (boolean mode) narrows them and
     * ranks title matches first.
     */
    List<Article> list(Optional<String> query, int offset, int limit) {
        Condition where = A.CLINIC_ID.eq(data.clinicId());
        if (query.isEmpty()) {
            return data.dsl().select(columns()).from(A.T).where(where)
                    .orderBy(A.UPDATED_AT.desc(), A.ID.desc()).limit(limit).offset(offset).fetch(ArticleStore::article);
        }
        FullText text = text(query.get());
        return data.dsl().select(columns()).from(A.T).where(where.and(text.matches()))
                .orderBy(text.ranking()).limit(limit).offset(offset).fetch(ArticleStore::article);
    }

    /** How many articles {@link #list} pages through. */
    int count(Optional<String> query) {
        Condition where = A.CLINIC_ID.eq(data.clinicId());
        return data.dsl().fetchCount(A.T, query.map(q -> where.and(text(q).matches())).orElse(where));
    }

    private static FullText text(String booleanQuery) {
        return new FullText(A.TITLE, List.of(A.TITLE, A.SUMMARY, A.TAGS, A.BODY), booleanQuery);
    }

    private Condition mine(long id) {
        return plain(A.CLINIC_ID).eq(data.clinicId()).and(plain(A.ID).eq(id));
    }

    private static List<Field<?>> columns() {
        return List.of(A.ID, A.STARTER_KEY, A.TITLE, A.SUMMARY, A.BODY, A.CATEGORY, A.TAGS, A.LANGUAGE, A.REVIEW_BY,
                A.AUTHOR, A.READING_MINUTES, A.STATUS, A.HIDDEN, A.LIVE_VERSION, A.ROW_VERSION, A.UPDATED_AT);
    }

    private static Article article(Record r) {
        ArticleDraft draft = new ArticleDraft(r.get(A.TITLE), r.get(A.SUMMARY), r.get(A.BODY),
                Category.valueOf(r.get(A.CATEGORY)), Tags.split(r.get(A.TAGS)), r.get(A.LANGUAGE), r.get(A.REVIEW_BY));
        return new Article(r.get(A.ID), r.get(A.STARTER_KEY), draft, r.get(A.AUTHOR), r.get(A.READING_MINUTES),
                ArticleStatus.valueOf(r.get(A.STATUS)), r.get(A.HIDDEN), r.get(A.LIVE_VERSION), r.get(A.ROW_VERSION),
                r.get(A.UPDATED_AT));
    }
}
