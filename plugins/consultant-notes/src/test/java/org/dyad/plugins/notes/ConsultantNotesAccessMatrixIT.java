package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.testkit.Actor.CLINIC_ADMIN;
import static org.dyad.testkit.Actor.CONSULTANT;
import static org.dyad.testkit.Actor.FRONT_DESK;
import static org.dyad.testkit.Actor.PARENT_A;

import java.util.UUID;
import org.dyad.testkit.AccessMatrix;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;
import org.junit.jupiter.api.Test;

/**
 * Every method of the note, client-notes and report services × the eight actors: notes are for consultants and clinic
 * admins (signing for the author only); front desk sees that visits happened, the family its shared care plans.
 * Notes of clinic A are looked up within the caller's clinic, so outsiders hear "no such note" — an access refusal.
 */
@DyadPluginTest
class ConsultantNotesAccessMatrixIT {

    @Test
    void every_service_method_is_allowed_refused_and_audited_as_declared(TestKit kit) {
        TestParent target = kit.clinicA().parent1();
        long signed = TestKit.as(kit.clinicA().consultant(), () -> Charting.signedWithAddendum(kit, target));
        AccessMatrix matrix = AccessMatrix.forPlugin(kit)
                .services(NoteService.class, ClientNotes.class, Reports.class)
                .exclude(NoteService.class, "templates", "the clinic's note templates; no client data");

        matrix.row(NoteService.class, "startDraft")
                .call(cell -> notes(kit).startDraft(cell.clientId(), Template.INITIAL_CONSULT.key(), UUID.randomUUID()))
                .allow(CONSULTANT, CLINIC_ADMIN).audits("consultant-notes.note.created");
        matrix.row(NoteService.class, "open")
                .call(cell -> notes(kit).open(signed))
                .allow(CONSULTANT, CLINIC_ADMIN).audits("consultant-notes.note.read")
                .check((cell, note) -> assertThat(((Note) note).clientId()).isEqualTo(cell.clientId()));
        matrix.row(NoteService.class, "save")
                .given(CONSULTANT, cell -> Charting.draft(kit, target))
                .call(cell -> notes(kit).save(cell.given(), 1, Charting.content(target, "Better", new WeighedFeed(3500, 3560))))
                .allow(CONSULTANT, CLINIC_ADMIN).audits("consultant-notes.note.updated");
        matrix.row(NoteService.class, "sign")
                .given(CONSULTANT, cell -> Charting.draft(kit, target))
                .call(cell -> {
                    notes(kit).sign(cell.given(), 1);
                    return null;
                })
                .allow(CONSULTANT).audits("consultant-notes.note.signed");
        matrix.row(NoteService.class, "addAddendum")
                .call(cell -> {
                    notes(kit).addAddendum(signed, "Called the family back", UUID.randomUUID());
                    return null;
                })
                .allow(CONSULTANT, CLINIC_ADMIN).audits("consultant-notes.note.addendum-added");
        matrix.row(NoteService.class, "shareCarePlan")
                .given(CONSULTANT, cell -> {
                    long id = Charting.draft(kit, target);
                    notes(kit).sign(id, 1);
                    return id;
                })
                .call(cell -> {
                    notes(kit).shareCarePlan(cell.given());
                    return null;
                })
                .allow(CONSULTANT, CLINIC_ADMIN).audits("consultant-notes.care-plan.shared");
        matrix.row(Reports.class, "physicianReport")
                .call(cell -> new Reports(kit.context()).physicianReport(signed))
                .allow(CONSULTANT, CLINIC_ADMIN)
                .audits("consultant-notes.note.read", "consultant-notes.report.downloaded");
        matrix.row(ClientNotes.class, "visits")
                .call(cell -> new ClientNotes(kit.context()).visits(cell.clientId()))
                .allow(FRONT_DESK, CONSULTANT, CLINIC_ADMIN).audits("consultant-notes.visits.read")
                .check((cell, visits) -> assertThat((java.util.List<?>) visits).isNotEmpty());
        matrix.row(ClientNotes.class, "carePlans")
                .call(cell -> new ClientNotes(kit.context()).carePlans(cell.clientId()))
                .allow(PARENT_A, CONSULTANT, CLINIC_ADMIN).audits("consultant-notes.care-plan.read")
                .check((cell, plans) -> assertThat((java.util.List<?>) plans).isNotEmpty());
        matrix.row(ClientNotes.class, "trends")
                .call(cell -> new ClientNotes(kit.context()).trends(cell.clientId()))
                .allow(CONSULTANT, CLINIC_ADMIN).audits("consultant-notes.trends.read");

        var figures = matrix.run();
        assertThat(figures.methods()).isEqualTo(10);
    }

    /** The service is built per call: it binds the signed-in user's clinic data when constructed. */
    private static NoteService notes(TestKit kit) {
        return new NoteService(kit.context());
    }
}
