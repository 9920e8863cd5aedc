package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.api.ValidationException;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestClinic;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pressing again after an error whose answer was lost (the commit reached the database) writes nothing twice: a start
 * with the same request key opens the same draft, a save or signature repeated at the same version is taken as done,
 * and an addendum — which can never be removed from a signed note — is signed once (real MariaDB, the plugin loaded
 * as a jar by the real host).
 */
@DyadPluginTest
class NoteRetryIT {

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

    private int rows(String table, String column, long id) {
        return kit.dsl().fetchCount(DSL.table(DSL.name(table)), DSL.field(DSL.name(column), Long.class).eq(id));
    }

    private int audited(String action, long noteId) {
        return kit.dsl().fetchCount(DSL.table(DSL.name("audit_event")),
                DSL.field(DSL.name("action"), String.class).eq("consultant-notes." + action),
                DSL.field(DSL.name("subject_id"), Long.class).eq(noteId));
    }

    private int history(long noteId, HistoryEntry.Action action) {
        return kit.dsl().fetchCount(DSL.table(DSL.name("consultant_notes_history")),
                DSL.field(DSL.name("note_id"), Long.class).eq(noteId),
                DSL.field(DSL.name("action"), String.class).eq(action.name()));
    }

    @Test
    void a_start_pressed_again_with_its_key_opens_the_same_draft_and_a_new_key_starts_another() {
        int before = rows("consultant_notes_note", "client_id", parent.clientId());
        UUID key = UUID.randomUUID();

        long first = notes.startDraft(parent.clientId(), Template.FOLLOW_UP.key(), key);
        long again = notes.startDraft(parent.clientId(), Template.FOLLOW_UP.key(), key);

        assertThat(again).isEqualTo(first);
        assertThat(rows("consultant_notes_note", "client_id", parent.clientId())).isEqualTo(before + 1);
        assertThat(history(first, HistoryEntry.Action.CREATED)).isEqualTo(1);
        assertThat(audited("note.created", first)).isEqualTo(1);
        long other = notes.startDraft(parent.clientId(), Template.FOLLOW_UP.key(), UUID.randomUUID());
        assertThat(other).isNotEqualTo(first);
        assertThat(rows("consultant_notes_note", "client_id", parent.clientId())).isEqualTo(before + 2);
    }

    @Test
    void eight_starts_with_one_key_at_once_store_one_draft() throws Exception {
        int before = rows("consultant_notes_note", "client_id", parent.clientId());
        UUID key = UUID.randomUUID();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> presses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                presses.add(pool.submit(() -> {
                    go.await();
                    return TestKit.as(clinic.consultant(), () -> new NoteService(kit.context())
                            .startDraft(parent.clientId(), Template.FOLLOW_UP.key(), key));
                }));
            }
            go.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Long> press : presses) {
                ids.add(press.get());
            }
            assertThat(ids).hasSize(8).containsOnly(ids.getFirst());
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows("consultant_notes_note", "client_id", parent.clientId())).isEqualTo(before + 1);
    }

    @Test
    void a_save_and_a_signature_pressed_again_at_the_same_version_are_taken_as_done_but_another_change_still_conflicts() {
        long noteId = notes.startDraft(parent.clientId(), Template.FOLLOW_UP.key(), UUID.randomUUID());
        NoteContent content = Charting.content(parent, "Sore left nipple since day 3", new WeighedFeed(3520, 3582));

        assertThat(notes.save(noteId, 0, content)).isEqualTo(1);
        assertThat(notes.save(noteId, 0, content)).as("the same save again").isEqualTo(1);
        assertThat(audited("note.updated", noteId)).isEqualTo(1);
        assertThatThrownBy(() -> notes.save(noteId, 0, content.withPlan("Something else")))
                .as("a different change made against the old version is still a conflict")
                .isInstanceOf(NoteConflictException.class);
        assertThat(notes.open(noteId).content().plan()).isEqualTo(content.plan());

        notes.sign(noteId, 1);
        notes.sign(noteId, 1);
        assertThat(history(noteId, HistoryEntry.Action.SIGNED)).isEqualTo(1);
        assertThat(audited("note.signed", noteId)).isEqualTo(1);
        assertThat(notes.open(noteId).version()).isEqualTo(2);
        assertThatThrownBy(() -> notes.sign(noteId, 0)).as("an older version is not this signature")
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void an_addendum_is_signed_once_per_key_and_other_text_under_that_key_is_refused_with_a_message() {
        long noteId = Charting.draft(kit, parent);
        notes.sign(noteId, 1);
        UUID key = UUID.randomUUID();

        notes.addAddendum(noteId, "Called the family back", key);
        notes.addAddendum(noteId, "  Called the family back ", key);
        assertThat(rows("consultant_notes_addendum", "note_id", noteId)).isEqualTo(1);
        assertThat(history(noteId, HistoryEntry.Action.ADDENDUM)).isEqualTo(1);
        assertThat(audited("note.addendum-added", noteId)).isEqualTo(1);

        assertThatThrownBy(() -> notes.addAddendum(noteId, "Called the family back twice", key))
                .isInstanceOf(ValidationException.class).hasMessageContaining("signed after all");
        assertThat(rows("consultant_notes_addendum", "note_id", noteId)).isEqualTo(1);

        notes.addAddendum(noteId, "Called the family back twice", UUID.randomUUID());
        assertThat(notes.open(noteId).addenda()).extracting(Addendum::text)
                .containsExactly("Called the family back", "Called the family back twice");
    }
}
