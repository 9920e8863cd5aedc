package org.dyad.plugins.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.testkit.Actor.CLINIC_ADMIN;
import static org.dyad.testkit.Actor.CONSULTANT;
import static org.dyad.testkit.Actor.PARENT_A;

import java.util.List;
import org.dyad.testkit.AccessMatrix;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestKit;
import org.junit.jupiter.api.Test;

/**
 * Every method of the note store × the eight actors: notes are for staff with the write permission, the portal card
 * shows the family how many there are, erasure is the clinic admin's.
 */
@DyadPluginTest
@SuppressWarnings("unchecked")
class ExamplePluginAccessMatrixIT {

    @Test
    void every_note_method_is_allowed_refused_and_audited_as_declared(TestKit kit) {
        NoteStore notes = new NoteStore(kit.context());
        AccessMatrix matrix = AccessMatrix.forPlugin(kit).services(NoteStore.class);

        matrix.row(NoteStore.class, "add")
                .call(cell -> notes.add(cell.clientId(), "Seen today"))
                .allow(CONSULTANT, CLINIC_ADMIN).audits("example-plugin.note.created");
        matrix.row(NoteStore.class, "list")
                .given(CONSULTANT, cell -> notes.add(cell.clientId(), "Latch looks good."))
                .call(cell -> notes.list(cell.clientId()))
                .allow(CONSULTANT, CLINIC_ADMIN).audits("example-plugin.note.read")
                .check((cell, result) -> assertThat((List<Note>) result).isNotEmpty()
                        .allSatisfy(n -> assertThat(n.clientId()).isEqualTo(cell.clientId())));
        matrix.row(NoteStore.class, "count")
                .call(cell -> notes.count(cell.clientId()))
                .allow(PARENT_A, CONSULTANT, CLINIC_ADMIN)
                .notAudited("a number of notes for the portal card; no content is read");
        matrix.row(NoteStore.class, "erase")
                .given(CONSULTANT, cell -> notes.add(cell.clientId(), "To be erased"))
                .call(cell -> notes.erase(cell.clientId()))
                .allow(CLINIC_ADMIN).audits("example-plugin.note.erased");

        assertThat(matrix.run().methods()).isEqualTo(4);
    }
}
