package org.dyad.plugins.education;

import static org.dyad.plugins.education.Db.plain;
import static org.jooq.impl.DSL.coalesce;

import java.time.LocalDateTime;
import java.util.List;
import org.dyad.api.ClinicData;
import org.dyad.plugins.education.Db.A;
import org.dyad.plugins.education.Db.R;
import org.dyad.plugins.education.Db.V;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record;
import org.jooq.SelectField;

/** A client's assigned, opened and finished articles, within the current clinic. */
final class ReadingStore {

    private final ClinicData data;

    ReadingStore(ClinicData data) {
        this.data = data;
    }

    /** Assigns the article (again): the latest note and consultant win; opened and finished stay. */
    void assign(long clientId, long articleId, String note, String by, LocalDateTime now) {
        row(clientId, articleId)
                .set(plain(R.ASSIGNED_AT), now).set(plain(R.ASSIGNED_BY), by).set(plain(R.NOTE), note)
                .onDuplicateKeyUpdate()
                .set(plain(R.ASSIGNED_AT), now).set(plain(R.ASSIGNED_BY), by).set(plain(R.NOTE), note)
                .execute();
    }

    void opened(long clientId, long articleId, LocalDateTime now) {
        row(clientId, articleId).set(plain(R.OPENED_AT), now)
                .onDuplicateKeyUpdate().set(plain(R.OPENED_AT), keep(R.OPENED_AT, now))
                .execute();
    }

    void finished(long clientId, long articleId, LocalDateTime now) {
        row(clientId, articleId).set(plain(R.OPENED_AT), now).set(plain(R.FINISHED_AT), now)
                .onDuplicateKeyUpdate()
                .set(plain(R.OPENED_AT), keep(R.OPENED_AT, now))
                .set(plain(R.FINISHED_AT), keep(R.FINISHED_AT, now))
                .execute();
    }

    /** Everything the client was assigned or opened, newest assignment first, with the live version's title. */
    List<Reading> forClient(long clientId) {
        return query(R.CLIENT_ID.eq(clientId));
    }

    int erase(long clientId) {
        return data.dsl().deleteFrom(R.W)
                .where(plain(R.CLINIC_ID).eq(data.clinicId()).and(plain(R.CLIENT_ID).eq(clientId)))
                .execute();
    }

    private List<Reading> query(Condition condition) {
        Condition where = R.CLINIC_ID.eq(data.clinicId()).and(A.CLINIC_ID.eq(data.clinicId())).and(condition);
        return data.dsl().select(columns()).from(R.T)
                .join(A.T).on(A.ID.eq(R.ARTICLE_ID))
                .join(V.T).on(V.ARTICLE_ID.eq(A.ID).and(V.VERSION_NO.eq(A.LIVE_VERSION)))
                .where(where)
                .orderBy(R.ASSIGNED_AT.desc().nullsLast(), R.OPENED_AT.desc())
                .fetch(ReadingStore::reading);
    }

    private InsertSetMoreStep<?> row(long clientId, long articleId) {
        return data.dsl().insertInto(R.W)
                .set(plain(R.CLINIC_ID), data.clinicId())
                .set(plain(R.CLIENT_ID), clientId)
                .set(plain(R.ARTICLE_ID), articleId);
    }

    private static Field<LocalDateTime> keep(Field<LocalDateTime> column, LocalDateTime now) {
        return coalesce(plain(column), now);
    }

    private static List<SelectField<?>> columns() {
        return List.of(R.CLIENT_ID, R.ASSIGNED_AT, R.ASSIGNED_BY, R.NOTE, R.OPENED_AT, R.FINISHED_AT,
                V.ARTICLE_ID, V.TITLE, V.SUMMARY, V.CATEGORY, V.READING_MINUTES);
    }

    private static Reading reading(Record r) {
        ArticleCard card = new ArticleCard(r.get(V.ARTICLE_ID), r.get(V.TITLE), r.get(V.SUMMARY),
                Category.valueOf(r.get(V.CATEGORY)), r.get(V.READING_MINUTES));
        return new Reading(r.get(R.CLIENT_ID), card, r.get(R.ASSIGNED_AT), r.get(R.ASSIGNED_BY), r.get(R.NOTE),
                r.get(R.OPENED_AT), r.get(R.FINISHED_AT));
    }
}
