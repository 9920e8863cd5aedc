package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.db.jooq.Tables.AUDIT_EVENT;

import org.dyad.api.AccessDeniedException;
import org.dyad.core.security.DyadUser;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestClinic;
import org.dyad.testkit.TestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@DyadPluginTest
class NoteAccessIT {

    private TestKit kit;
    private TestClinic clinic;
    private long noteId;

    @BeforeEach
    void aSignedNoteWithASharedCarePlan(TestKit kit) {
        this.kit = kit;
        this.clinic = kit.clinicA();
        this.noteId = TestKit.as(clinic.consultant(), () -> Charting.signedWithAddendum(kit, clinic.parent1()));
    }

    @Test
    void consultants_and_clinic_admins_open_notes() {
        assertThat(open(clinic.consultant()).id()).isEqualTo(noteId);
        assertThat(open(clinic.admin()).content().concerns()).isEqualTo("Sore left nipple since day 3");
    }

    @Test
    void every_opening_of_a_note_writes_an_audit_event() {
        int before = reads();

        open(clinic.consultant());
        open(clinic.consultant());
        open(clinic.admin());

        assertThat(reads()).isEqualTo(before + 3);
    }

    @Test
    void front_desk_is_refused_the_note_but_sees_that_the_visit_happened() {
        assertThatThrownBy(() -> open(clinic.frontDesk())).isInstanceOf(AccessDeniedException.class);

        var visits = TestKit.as(clinic.frontDesk(),
                () -> new ClientNotes(kit.context()).visits(clinic.parent1().clientId()));
        assertThat(visits).extracting(VisitSummary::noteId).contains(noteId);
        assertThat(VisitSummary.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("noteId", "visitDate", "visitType", "authorName", "status");
    }

    @Test
    void parents_are_refused_the_note_and_the_trends() {
        DyadUser parent = clinic.parent1().user();

        assertThatThrownBy(() -> open(parent)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestKit.as(parent,
                () -> new ClientNotes(kit.context()).trends(clinic.parent1().clientId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestKit.as(parent, () -> new Reports(kit.context()).physicianReport(noteId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_parent_sees_the_shared_care_plan_of_their_own_family_only() {
        var plans = TestKit.as(clinic.parent1().user(),
                () -> new ClientNotes(kit.context()).carePlans(clinic.parent1().clientId()));
        assertThat(plans.getFirst()).as("the current plan comes first").satisfies(plan -> {
            assertThat(plan.noteId()).isEqualTo(noteId);
            assertThat(plan.plan()).isEqualTo("Feed on cue 8 to 12 times a day; try the laid-back position.");
            assertThat(plan.consultantName()).isEqualTo(clinic.consultant().displayName());
        });

        assertThatThrownBy(() -> TestKit.as(clinic.parent2().user(),
                () -> new ClientNotes(kit.context()).carePlans(clinic.parent1().clientId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_care_plan_that_was_not_shared_stays_hidden_from_the_parent() {
        TestKit.as(clinic.consultant(), () -> Charting.draft(kit, clinic.parent2()));

        assertThat(TestKit.as(clinic.parent2().user(),
                () -> new ClientNotes(kit.context()).carePlans(clinic.parent2().clientId()))).isEmpty();
    }

    @Test
    void another_clinics_consultant_cannot_open_the_note() {
        assertThatThrownBy(() -> open(kit.clinicB().consultant()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("There is no such note in your clinic.");
    }

    private Note open(DyadUser user) {
        return TestKit.as(user, () -> new NoteService(kit.context()).open(noteId));
    }

    private int reads() {
        return kit.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("consultant-notes.note.read"),
                AUDIT_EVENT.SUBJECT_ID.eq(noteId));
    }
}
