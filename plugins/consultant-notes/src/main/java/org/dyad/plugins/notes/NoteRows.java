package org.dyad.plugins.notes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.api.ClinicData;
import org.dyad.plugins.notes.Tables.A;
import org.dyad.plugins.notes.Tables.B;
import org.dyad.plugins.notes.Tables.F;
import org.dyad.plugins.notes.Tables.H;
import org.jooq.Record;

/** Reads the child rows of one note (baby sections, field values, addenda, history), clinic-scoped. */
final class NoteRows {

    /** A note's template fields, as they were when the note was started, and their values. */
    record Fields(List<TemplateField> fields, Map<String, String> values) {
    }

    private NoteRows() {
    }

    static Fields fields(ClinicData data, long noteId) {
        List<TemplateField> fields = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (Record row : data.dsl().select(F.FIELDS).from(F.T).where(F.NOTE_ID.eq(noteId), F.CLINIC_ID.eq(data.clinicId()))
                .orderBy(F.POSITION).fetch()) {
            fields.add(new TemplateField(row.get(F.FIELD_KEY), row.get(F.LABEL)));
            values.put(row.get(F.FIELD_KEY), row.get(F.VALUE));
        }
        return new Fields(fields, values);
    }

    static List<BabySection> sections(ClinicData data, long noteId) {
        return data.dsl().select(B.FIELDS).from(B.T).where(B.NOTE_ID.eq(noteId), B.CLINIC_ID.eq(data.clinicId()))
                .orderBy(B.BABY_ID).fetch(NoteRows::section);
    }

    static BabySection section(Record row) {
        return new BabySection(row.get(B.BABY_ID), row.get(B.BABY_NAME), row.get(B.WEIGHT_G), row.get(B.ORAL),
                row.get(B.FINDINGS), new WeighedFeed(row.get(B.PRE_FEED_G), row.get(B.POST_FEED_G)),
                new Latch(row.get(B.L), row.get(B.A), row.get(B.TY), row.get(B.C), row.get(B.H)));
    }

    static List<Addendum> addenda(ClinicData data, long noteId) {
        return data.dsl().select(A.FIELDS).from(A.T).where(A.NOTE_ID.eq(noteId), A.CLINIC_ID.eq(data.clinicId()))
                .orderBy(A.SIGNED_AT, A.ID)
                .fetch(row -> new Addendum(row.get(A.ID), row.get(A.BODY), row.get(A.AUTHOR_NAME),
                        Tables.instant(row.get(A.SIGNED_AT))));
    }

    static List<HistoryEntry> history(ClinicData data, long noteId) {
        return data.dsl().select(H.FIELDS).from(H.T).where(H.NOTE_ID.eq(noteId), H.CLINIC_ID.eq(data.clinicId()))
                .orderBy(H.OCCURRED_AT, H.ID)
                .fetch(row -> new HistoryEntry(Tables.instant(row.get(H.OCCURRED_AT)), row.get(H.ACTOR_NAME),
                        HistoryEntry.Action.valueOf(row.get(H.ACTION))));
    }
}
