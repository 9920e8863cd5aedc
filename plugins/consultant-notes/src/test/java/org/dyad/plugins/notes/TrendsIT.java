package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.TestClinic;
import org.dyad.testkit.TestKit;
import org.junit.jupiter.api.Test;

@DyadPluginTest
class TrendsIT {

    @Test
    void trends_list_each_visits_weight_latch_total_and_milk_transfer_without_the_session_log(TestKit kit) {
        TestClinic clinic = kit.clinicA();
        kit.actAs(clinic.consultant());
        Charting.signedWithAddendum(kit, clinic.parent1());
        NoteService notes = new NoteService(kit.context());
        long second = notes.startDraft(clinic.parent1().clientId(), Template.FOLLOW_UP.key(), null);
        notes.save(second, 0, Charting.content(clinic.parent1(), "Better", new WeighedFeed(3600, 3690)));

        var points = new ClientNotes(kit.context()).trends(clinic.parent1().clientId());

        assertThat(points).extracting(TrendPoint::milkTransferredMl).containsExactly(62, 90);
        assertThat(points).extracting(TrendPoint::latchTotal).containsExactly(8, 8);
        assertThat(points).extracting(TrendPoint::weightGrams).containsExactly(3610, 3610);
        assertThat(points).extracting(TrendPoint::source).containsOnly(TrendPoint.Source.VISIT);
    }
}
