package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.Stream;
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

    /**
     * The database refuses the draft's update (a trigger stands in for a database that went away): the editor says
     * "not saved", keeps the text on screen, and its next save stores both the failed change and the new one, with no
     * conflict and nothing lost.
     */
    @Test
    void a_draft_save_the_database_refused_keeps_the_text_and_goes_through_with_the_next_change() {
        kit.actAs(clinic.consultant());
        long noteId = Charting.draft(kit, clinic.parent1());
        NoteService notes = new NoteService(kit.context());
        UI.setCurrent(new UI());
        kit.dsl().execute("CREATE TRIGGER consultant_notes_test_outage BEFORE UPDATE ON consultant_notes_note "
                + "FOR EACH ROW BEGIN IF NEW.concerns LIKE '%(away)%' THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'database away'; END IF; END");
        try {
            DraftEditor editor = new DraftEditor(kit.context(), notes.open(noteId), () -> { });
            TextArea concerns = field(editor, "concerns");
            concerns.setValue("Sore left nipple (away)");
            editor.save();

            assertThat(editor.getElement().getTextRecursively()).contains(DraftEditor.NOT_SAVED);
            assertThat(concerns.getValue()).isEqualTo("Sore left nipple (away)");
            assertThat(notes.open(noteId).version()).isEqualTo(1);

            kit.dsl().execute("DROP TRIGGER consultant_notes_test_outage");
            concerns.setValue("Sore left nipple, better today");
            editor.save();

            Note stored = notes.open(noteId);
            assertThat(stored.content().concerns()).isEqualTo("Sore left nipple, better today");
            assertThat(stored.version()).as("the refused change, then the new one").isEqualTo(3);
            assertThat(editor.getElement().getTextRecursively()).contains("Saved ·").doesNotContain("while you were");
        } finally {
            kit.dsl().execute("DROP TRIGGER IF EXISTS consultant_notes_test_outage");
            UI.setCurrent(null);
        }
    }

    private static TextArea field(Component root, String id) {
        return descendants(root).filter(TextArea.class::isInstance).map(TextArea.class::cast)
                .filter(area -> area.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ViewsIT::descendants));
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
