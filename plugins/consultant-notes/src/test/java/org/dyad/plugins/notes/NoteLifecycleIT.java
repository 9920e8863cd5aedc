package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ValidationException;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestClinic;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@DyadPluginTest
class NoteLifecycleIT {

    private TestKit kit;
    private TestClinic clinic;
    private TestParent parent;
    private NoteService notes;

    @BeforeEach
    void consultantOfClinicA(TestKit kit) {
        this.kit = kit;
        this.clinic = kit.clinicA();
        this.parent = clinic.parent1();
        kit.actAs(clinic.consultant());
        this.notes = new NoteService(kit.context());
    }

    @Test
    void a_new_draft_has_a_section_for_every_baby_of_the_dyad_and_the_template_fields() {
        Note note = notes.open(notes.startDraft(parent.clientId(), Template.INITIAL_CONSULT.key(), null));

        assertThat(note.status()).isEqualTo(NoteStatus.DRAFT);
        assertThat(note.authorName()).isEqualTo(clinic.consultant().displayName());
        assertThat(note.content().babies()).extracting(BabySection::babyId).containsExactly(parent.babyId());
        assertThat(note.template().fields()).extracting(TemplateField::label)
                .containsExactly("Pregnancy and birth history", "Parent's medical history and medications",
                        "Family's feeding goals");
        assertThat(note.history()).extracting(HistoryEntry::action).containsExactly(HistoryEntry.Action.CREATED);
    }

    @Test
    void a_saved_draft_reads_back_with_milk_transfer_and_latch_total_computed() {
        Note note = notes.open(Charting.draft(kit, parent));

        BabySection baby = note.content().babies().getFirst();
        assertThat(baby.feed().milkTransferredMl()).contains(62);
        assertThat(baby.latch().total()).contains(8);
        assertThat(baby.weightGrams()).isEqualTo(3610);
        assertThat(note.content().templateValues()).containsEntry("progress", "Pain less than last week");
        assertThat(note.version()).isEqualTo(1);
    }

    @Test
    void a_lighter_post_feed_weight_is_stored_with_a_warning_and_no_negative_transfer() {
        long noteId = notes.startDraft(parent.clientId(), Template.FOLLOW_UP.key(), null);
        notes.save(noteId, 0, Charting.content(parent, "Fussy at the breast", new WeighedFeed(3520, 3480)));

        WeighedFeed feed = notes.open(noteId).content().babies().getFirst().feed();
        assertThat(feed.postFeedGrams()).isEqualTo(3480);
        assertThat(feed.milkTransferredMl()).isEmpty();
        assertThat(feed.warning()).isPresent();
    }

    @Test
    void signing_locks_the_note_and_a_later_edit_is_refused_with_the_content_unchanged() {
        long noteId = Charting.draft(kit, parent);
        notes.sign(noteId, 1);

        Note signed = notes.open(noteId);
        assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(signed.signedAt()).isNotNull();
        assertThatThrownBy(() -> notes.save(noteId, signed.version(),
                Charting.content(parent, "Changed afterwards", WeighedFeed.NONE)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("This note is signed and locked, so it can no longer change. Add an addendum instead.");
        assertThat(notes.open(noteId).content().concerns()).isEqualTo("Sore left nipple since day 3");
    }

    @Test
    void signing_an_empty_note_is_refused() {
        long noteId = notes.startDraft(parent.clientId(), Template.CHECK_IN.key(), null);

        assertThatThrownBy(() -> notes.sign(noteId, 0))
                .isInstanceOf(ValidationException.class)
                .hasMessage("An empty note cannot be signed: chart at least one finding, assessment or plan first.");
        assertThat(notes.open(noteId).status()).isEqualTo(NoteStatus.DRAFT);
    }

    @Test
    void only_the_author_signs_a_note() {
        long noteId = Charting.draft(kit, parent);

        kit.actAs(clinic.admin());
        assertThatThrownBy(() -> new NoteService(kit.context()).sign(noteId, 1))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only the author of this note, " + clinic.consultant().displayName() + ", can sign it.");
    }

    @Test
    void addenda_are_signed_time_stamped_and_listed_in_the_history() {
        long noteId = Charting.signedWithAddendum(kit, parent);

        Note note = notes.open(noteId);
        assertThat(note.addenda()).singleElement().satisfies(addendum -> {
            assertThat(addendum.text()).isEqualTo("Discussed with the paediatrician by phone");
            assertThat(addendum.authorName()).isEqualTo(clinic.consultant().displayName());
            assertThat(addendum.signedAt()).isAfterOrEqualTo(note.signedAt());
        });
        assertThat(note.history()).extracting(HistoryEntry::action).containsExactly(HistoryEntry.Action.CREATED,
                HistoryEntry.Action.SIGNED, HistoryEntry.Action.PLAN_SHARED, HistoryEntry.Action.ADDENDUM);
    }

    @Test
    void a_draft_takes_no_addendum() {
        long noteId = Charting.draft(kit, parent);

        assertThatThrownBy(() -> notes.addAddendum(noteId, "Too early", null))
                .hasMessage("Addenda are for signed notes: edit the draft itself instead.");
    }

    @Test
    void the_second_of_two_editors_is_refused_with_the_first_ones_name_and_the_first_save_survives() {
        long noteId = Charting.draft(kit, parent);
        int versionBothOpened = notes.open(noteId).version();
        notes.save(noteId, versionBothOpened, Charting.content(parent, "First editor's words", WeighedFeed.NONE));

        kit.actAs(clinic.admin());
        NoteService secondEditor = new NoteService(kit.context());
        assertThatThrownBy(() -> secondEditor.save(noteId, versionBothOpened,
                Charting.content(parent, "Second editor's words", WeighedFeed.NONE)))
                .isInstanceOf(NoteConflictException.class)
                .hasMessageStartingWith("Your change was not saved: " + clinic.consultant().displayName()
                        + " saved this note at ")
                .hasMessageEndingWith(" while you were editing. Reload the note to see their changes, then make yours "
                        + "again.");
        assertThat(secondEditor.open(noteId).content().concerns()).isEqualTo("First editor's words");
    }

    @Test
    void a_100000_character_field_is_refused_and_the_saved_text_is_not_overwritten() {
        long noteId = Charting.draft(kit, parent);

        assertThatThrownBy(() -> notes.save(noteId, 1,
                Charting.content(parent, "x".repeat(100_000), WeighedFeed.NONE)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Concerns is too long: 100,000 characters, the limit is 20,000. Nothing was saved; "
                        + "shorten it to save again.");
        Note note = notes.open(noteId);
        assertThat(note.content().concerns()).isEqualTo("Sore left nipple since day 3");
        assertThat(note.version()).isEqualTo(1);
    }

    @Test
    void a_clinic_template_brings_its_own_fields_into_the_note_and_stays_within_the_clinic() {
        Template template = new TemplateService(kit.context()).create("Tongue-tie review",
                List.of("Frenotomy date", "Feeding since the release"));
        long noteId = notes.startDraft(parent.clientId(), template.key(), null);
        Note draft = notes.open(noteId);
        notes.save(noteId, 0, draft.content().withTemplateValue("f1", "12 November").withPlan("Stretches twice a day"));

        Note note = notes.open(noteId);
        assertThat(note.template().name()).isEqualTo("Tongue-tie review");
        assertThat(note.template().fields()).extracting(TemplateField::label)
                .containsExactly("Frenotomy date", "Feeding since the release");
        assertThat(note.content().templateValues()).containsEntry("f1", "12 November").containsEntry("f2", "");

        kit.actAs(kit.clinicB().consultant());
        assertThat(new TemplateService(kit.context()).all()).extracting(Template::name)
                .doesNotContain("Tongue-tie review");
    }
}
