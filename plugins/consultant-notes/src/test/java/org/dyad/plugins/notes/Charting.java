package org.dyad.plugins.notes;

import java.util.List;
import java.util.Map;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;

/** Charts notes the way a consultant does, for the integration tests; runs as the current user. */
final class Charting {

    private Charting() {
    }

    /** A draft of the parent's dyad with findings, a weighed feed and a full LATCH, saved once. */
    static long draft(TestKit kit, TestParent parent) {
        NoteService notes = new NoteService(kit.context());
        long noteId = notes.startDraft(parent.clientId(), Template.FOLLOW_UP.key(), null);
        notes.save(noteId, 0, content(parent, "Sore left nipple since day 3", new WeighedFeed(3520, 3582)));
        return noteId;
    }

    /** A signed note with a shared care plan and one addendum. */
    static long signedWithAddendum(TestKit kit, TestParent parent) {
        NoteService notes = new NoteService(kit.context());
        long noteId = draft(kit, parent);
        notes.sign(noteId, 1);
        notes.shareCarePlan(noteId);
        notes.addAddendum(noteId, "Discussed with the paediatrician by phone", null);
        return noteId;
    }

    static NoteContent content(TestParent parent, String concerns, WeighedFeed feed) {
        BabySection baby = new BabySection(parent.babyId(), parent.client().babies().getFirst().name(), 3610,
                "Tongue elevation limited", "Good tone", feed, new Latch(2, 1, 2, 1, 2));
        return new NoteContent(concerns, "Feeds every 2 hours, 20 minutes each", "Compression stripe on the left",
                "Shallow latch", "Feed on cue 8 to 12 times a day; try the laid-back position.",
                Map.of("progress", "Pain less than last week"), List.of(baby));
    }
}
