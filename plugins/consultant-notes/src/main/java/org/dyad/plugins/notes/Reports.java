package org.dyad.plugins.notes;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;
import org.jooq.impl.SQLDataType;

/** Makes the physician report of a signed note for staff who may read notes; audited as a download. */
final class Reports {

    private final PluginContext context;
    private final NoteService notes;

    Reports(PluginContext context) {
        this.context = context;
        this.notes = new NoteService(context);
    }

    /** The report as PDF bytes. */
    byte[] physicianReport(long noteId) {
        Note note = notes.open(noteId);
        if (!note.isSigned()) {
            throw new ValidationException("", "Sign the note first: physician reports are made from signed notes only.");
        }
        PhysicianReport report = new PhysicianReport(clinicName(), context.client(note.clientId()), note,
                context.data().clinicZone());
        byte[] pdf = report.render();
        new Guard(context).audit("report.downloaded", "note", noteId, note.clientId());
        return pdf;
    }

    static String fileName(Note note) {
        return "physician-report-" + note.visitDate() + "-" + note.id() + ".pdf";
    }

    /** The clinic's name from the core schema; the SDK offers no accessor for it yet. */
    private String clinicName() {
        String clinicName = context.data().dsl().select(field(name("clinic", "name"), SQLDataType.VARCHAR))
                .from(table(name("clinic"))).where(field(name("clinic", "id"), SQLDataType.BIGINT)
                        .eq(context.data().clinicId())).fetchOne(0, String.class);
        return clinicName == null ? "Lactation clinic" : clinicName;
    }
}
