package org.dyad.plugins.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dyad.api.ClinicData;
import org.dyad.plugins.notes.Tables.A;
import org.dyad.plugins.notes.Tables.B;
import org.dyad.plugins.notes.Tables.F;
import org.dyad.plugins.notes.Tables.H;
import org.dyad.plugins.notes.Tables.N;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/** Reads and writes notes of the current clinic. Every statement filters on, or sets, the clinic id. */
final class NoteRepository {

    private final ClinicData data;

    NoteRepository(ClinicData data) {
        this.data = data;
    }

    /** The author of a new draft, and when it was started. */
    record Start(long clientId, Template template, LocalDate visitDate, long authorUserId, String authorName,
                 Instant at, @Nullable UUID requestKey) {
    }

    long insert(DSLContext dsl, Start start, NoteContent content) {
        long noteId = dsl.insertInto(N.T).set(N.CLINIC_ID, data.clinicId()).set(N.CLIENT_ID, start.clientId())
                .set(N.TEMPLATE_KEY, start.template().key()).set(N.TEMPLATE_NAME, start.template().name())
                .set(N.VISIT_DATE, start.visitDate()).set(N.AUTHOR_USER_ID, start.authorUserId())
                .set(N.AUTHOR_NAME, start.authorName()).set(N.STATUS, NoteStatus.DRAFT.name())
                .set(N.CONCERNS, "").set(N.FEEDING_HISTORY, "").set(N.PARENT_FINDINGS, "").set(N.ASSESSMENT, "")
                .set(N.PLAN, "").set(N.CREATED_AT, Tables.utc(start.at())).set(N.UPDATED_AT, Tables.utc(start.at()))
                .set(N.UPDATED_BY_NAME, start.authorName()).set(N.VERSION, 0)
                .set(N.REQUEST_KEY, start.requestKey() == null ? null : start.requestKey().toString())
                .returningResult(N.ID).fetchOne(0, Long.class);
        insertFields(dsl, start.clientId(), noteId, start.template());
        writeSections(dsl, start.clientId(), noteId, content.babies());
        return noteId;
    }

    /** Writes the content if the note is still a draft at the expected version; false when it is not. */
    boolean updateDraft(DSLContext dsl, Note note, int expectedVersion, NoteContent content, String who,
                        Instant now) {
        int rows = dsl.update(N.T).set(N.CONCERNS, content.concerns()).set(N.FEEDING_HISTORY, content.feedingHistory())
                .set(N.PARENT_FINDINGS, content.parentFindings()).set(N.ASSESSMENT, content.assessment())
                .set(N.PLAN, content.plan()).set(N.UPDATED_AT, Tables.utc(now)).set(N.UPDATED_BY_NAME, who)
                .set(N.VERSION, N.VERSION.plus(1))
                .where(N.ID.eq(note.id()), N.CLINIC_ID.eq(data.clinicId()), N.VERSION.eq(expectedVersion),
                        N.STATUS.eq(NoteStatus.DRAFT.name()))
                .execute();
        if (rows == 0) {
            return false;
        }
        writeSections(dsl, note.clientId(), note.id(), content.babies());
        writeValues(dsl, note.id(), content.templateValues());
        return true;
    }

    /** Locks the draft if it is at the expected version; false when it is not. */
    boolean sign(DSLContext dsl, long noteId, int expectedVersion, Instant now) {
        return dsl.update(N.T).set(N.STATUS, NoteStatus.SIGNED.name()).set(N.SIGNED_AT, Tables.utc(now))
                .set(N.VERSION, N.VERSION.plus(1))
                .where(N.ID.eq(noteId), N.CLINIC_ID.eq(data.clinicId()), N.VERSION.eq(expectedVersion),
                        N.STATUS.eq(NoteStatus.DRAFT.name()))
                .execute() == 1;
    }

    void markPlanShared(DSLContext dsl, long noteId, Instant now) {
        dsl.update(N.T).set(N.PLAN_SHARED_AT, Tables.utc(now))
                .where(N.ID.eq(noteId), N.CLINIC_ID.eq(data.clinicId())).execute();
    }

    void insertAddendum(DSLContext dsl, Note note, String text, long userId, String name, Instant now,
                        @Nullable UUID requestKey) {
        dsl.insertInto(A.T).set(A.CLINIC_ID, data.clinicId()).set(A.CLIENT_ID, note.clientId())
                .set(A.NOTE_ID, note.id()).set(A.BODY, text).set(A.AUTHOR_USER_ID, userId).set(A.AUTHOR_NAME, name)
                .set(A.SIGNED_AT, Tables.utc(now))
                .set(A.REQUEST_KEY, requestKey == null ? null : requestKey.toString()).execute();
    }

    /** The id of the client's note started under {@code requestKey}, if one was. */
    Optional<Long> noteStartedWith(long clientId, UUID requestKey) {
        return data.dsl().select(N.ID).from(N.T).where(N.CLINIC_ID.eq(data.clinicId()), N.CLIENT_ID.eq(clientId),
                N.REQUEST_KEY.eq(requestKey.toString())).fetchOptional(N.ID);
    }

    /** The body of the note's addendum signed under {@code requestKey}, if one was. */
    Optional<String> addendumSignedWith(long noteId, UUID requestKey) {
        return data.dsl().select(A.BODY).from(A.T).where(A.CLINIC_ID.eq(data.clinicId()), A.NOTE_ID.eq(noteId),
                A.REQUEST_KEY.eq(requestKey.toString())).fetchOptional(A.BODY);
    }

    void insertHistory(DSLContext dsl, long clientId, long noteId, HistoryEntry entry) {
        dsl.insertInto(H.T).set(H.CLINIC_ID, data.clinicId()).set(H.CLIENT_ID, clientId).set(H.NOTE_ID, noteId)
                .set(H.OCCURRED_AT, Tables.utc(entry.at())).set(H.ACTOR_NAME, entry.actorName())
                .set(H.ACTION, entry.action().name()).execute();
    }

    Optional<Note> find(long noteId) {
        return Optional.ofNullable(data.dsl().select(N.FIELDS).from(N.T)
                .where(N.ID.eq(noteId), N.CLINIC_ID.eq(data.clinicId())).fetchOne()).map(this::toNote);
    }

    private Note toNote(Record row) {
        long id = row.get(N.ID);
        NoteRows.Fields fields = NoteRows.fields(data, id);
        Template template = new Template(row.get(N.TEMPLATE_KEY), row.get(N.TEMPLATE_NAME), fields.fields());
        NoteContent content = new NoteContent(row.get(N.CONCERNS), row.get(N.FEEDING_HISTORY),
                row.get(N.PARENT_FINDINGS), row.get(N.ASSESSMENT), row.get(N.PLAN), fields.values(),
                NoteRows.sections(data, id));
        return new Note(id, row.get(N.CLIENT_ID), template, row.get(N.VISIT_DATE), row.get(N.AUTHOR_USER_ID),
                row.get(N.AUTHOR_NAME), NoteStatus.valueOf(row.get(N.STATUS)), content,
                Tables.instant(row.get(N.SIGNED_AT)), Tables.instant(row.get(N.PLAN_SHARED_AT)),
                Tables.instant(row.get(N.UPDATED_AT)), row.get(N.UPDATED_BY_NAME), row.get(N.VERSION),
                NoteRows.addenda(data, id), NoteRows.history(data, id));
    }

    private void insertFields(DSLContext dsl, long clientId, long noteId, Template template) {
        for (int i = 0; i < template.fields().size(); i++) {
            TemplateField field = template.fields().get(i);
            dsl.insertInto(F.T).set(F.CLINIC_ID, data.clinicId()).set(F.CLIENT_ID, clientId).set(F.NOTE_ID, noteId)
                    .set(F.FIELD_KEY, field.key()).set(F.LABEL, field.label()).set(F.POSITION, i + 1)
                    .set(F.VALUE, "").execute();
        }
    }

    private void writeValues(DSLContext dsl, long noteId, Map<String, String> values) {
        values.forEach((key, value) -> dsl.update(F.T).set(F.VALUE, value)
                .where(F.NOTE_ID.eq(noteId), F.CLINIC_ID.eq(data.clinicId()), F.FIELD_KEY.eq(key)).execute());
    }

    private void writeSections(DSLContext dsl, long clientId, long noteId, List<BabySection> babies) {
        dsl.deleteFrom(B.T).where(B.NOTE_ID.eq(noteId), B.CLINIC_ID.eq(data.clinicId())).execute();
        for (BabySection baby : babies) {
            dsl.insertInto(B.T).set(B.CLINIC_ID, data.clinicId()).set(B.CLIENT_ID, clientId).set(B.NOTE_ID, noteId)
                    .set(B.BABY_ID, baby.babyId()).set(B.BABY_NAME, baby.babyName()).set(B.WEIGHT_G, baby.weightGrams())
                    .set(B.ORAL, baby.oralAssessment()).set(B.FINDINGS, baby.findings())
                    .set(B.PRE_FEED_G, baby.feed().preFeedGrams()).set(B.POST_FEED_G, baby.feed().postFeedGrams())
                    .set(B.L, baby.latch().latch()).set(B.A, baby.latch().audibleSwallowing())
                    .set(B.TY, baby.latch().typeOfNipple()).set(B.C, baby.latch().comfort())
                    .set(B.H, baby.latch().hold()).execute();
        }
    }
}
