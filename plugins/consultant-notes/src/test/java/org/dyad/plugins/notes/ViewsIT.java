package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestClinic;
import org.dyad.testkit.TestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@DyadPluginTest
class ViewsIT {

    private TestKit kit;
    private TestClinic clinic;

    @BeforeEach
    void clinicA(TestKit kit) {
        this.kit = kit;
        this.clinic = kit.clinicA();
    }

    @Test
    void the_draft_editor_shows_the_computed_milk_transfer_and_latch_total() {
        kit.actAs(clinic.consultant());
        long noteId = Charting.draft(kit, clinic.parent1());

        NoteView view = new NoteView(kit.context());
        view.setParameter(null, noteId);

        assertThat(view.getElement().getTextRecursively()).contains("Milk transferred: 62 ml", "LATCH total: 8/10",
                "Draft by " + clinic.consultant().displayName());
    }

    @Test
    void a_signed_note_shows_its_findings_addenda_and_history() {
        kit.actAs(clinic.consultant());
        long noteId = Charting.signedWithAddendum(kit, clinic.parent1());
        UI.setCurrent(new UI());

        NoteView view = new NoteView(kit.context());
        view.setParameter(null, noteId);
        UI.setCurrent(null);

        assertThat(view.getElement().getTextRecursively()).contains("Sore left nipple since day 3",
                "milk transferred 62 ml", "total 8/10", "Discussed with the paediatrician by phone",
                "Signed and locked", "Care plan shared with the family");
    }

    @Test
    void the_parents_care_plan_page_shows_the_plan_and_no_clinical_content() {
        TestKit.as(clinic.consultant(), () -> Charting.signedWithAddendum(kit, clinic.parent1()));
        kit.actAs(clinic.parent1().user());

        String text = new CarePlanView(kit.context()).getElement().getTextRecursively();

        assertThat(text).contains("Feed on cue 8 to 12 times a day; try the laid-back position.");
        assertThat(text).doesNotContain("Sore left nipple", "Shallow latch", "Compression stripe", "LATCH",
                "Tongue elevation", "paediatrician");
    }

    @Test
    void front_desk_opening_a_note_page_is_told_no_and_sees_nothing_of_it() {
        kit.actAs(clinic.consultant());
        long noteId = Charting.draft(kit, clinic.parent1());
        kit.actAs(clinic.frontDesk());

        NoteView view = new NoteView(kit.context());
        view.setParameter(null, noteId);

        assertThat(view.getElement().getTextRecursively()).doesNotContain("Sore left nipple")
                .contains("You do not have permission to do this (consultant-notes.read).");
    }
}
