package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.db.jooq.Tables.AUDIT_EVENT;

import java.io.IOException;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ValidationException;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestClinic;
import org.dyad.testkit.TestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@DyadPluginTest
class PhysicianReportIT {

    private TestKit kit;
    private TestClinic clinic;

    @BeforeEach
    void consultant(TestKit kit) {
        this.kit = kit;
        this.clinic = kit.clinicA();
        kit.actAs(clinic.consultant());
    }

    @Test
    void the_text_extracted_from_the_report_holds_the_findings_latch_weighed_feed_and_plan() throws IOException {
        long noteId = Charting.signedWithAddendum(kit, clinic.parent1());

        String text = PhysicianReportTest.text(new Reports(kit.context()).physicianReport(noteId));

        assertThat(text).contains(clinic.name(), clinic.parent1().client().displayName(),
                clinic.parent1().client().babies().getFirst().name(), "Follow-up", "Sore left nipple since day 3",
                "Compression stripe on the left", "Tongue elevation limited", "Weight: 3,610 g",
                "pre-feed 3,520 g, post-feed 3,582 g, milk transferred 62 ml", "total 8/10", "Shallow latch",
                "Feed on cue 8 to 12 times a day", "Progress since the last visit: Pain less than last week",
                "Discussed with the paediatrician by phone");
        assertThat(kit.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("consultant-notes.report.downloaded"),
                AUDIT_EVENT.SUBJECT_ID.eq(noteId))).isEqualTo(1);
    }

    @Test
    void a_draft_has_no_report_yet() {
        long noteId = Charting.draft(kit, clinic.parent1());

        assertThatThrownBy(() -> new Reports(kit.context()).physicianReport(noteId))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Sign the note first: physician reports are made from signed notes only.");
    }

    @Test
    void front_desk_cannot_download_the_report() {
        long noteId = Charting.signedWithAddendum(kit, clinic.parent1());

        assertThatThrownBy(() -> TestKit.as(clinic.frontDesk(), () -> new Reports(kit.context())
                .physicianReport(noteId))).isInstanceOf(AccessDeniedException.class);
    }
}
