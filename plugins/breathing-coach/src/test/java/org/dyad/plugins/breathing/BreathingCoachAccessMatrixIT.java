package org.dyad.plugins.breathing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.testkit.Actor.CLINIC_ADMIN;
import static org.dyad.testkit.Actor.CONSULTANT;
import static org.dyad.testkit.Actor.PARENT_A;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dyad.api.ValidationException;
import org.dyad.plugins.breathing.pattern.BuiltInPatterns;
import org.dyad.plugins.breathing.session.BreathingSession;
import org.dyad.plugins.breathing.session.SessionDraft;
import org.dyad.plugins.breathing.session.SessionService;
import org.dyad.testkit.AccessMatrix;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.MatrixCell;
import org.dyad.testkit.TestKit;
import org.junit.jupiter.api.Test;

/**
 * Every method of the session service × the eight actors: parents run the coach for their own record, consultants and
 * clinic admins for a client and see the history; front desk, parent B, other clinics and the platform admin are
 * refused. A session id of clinic A is looked up in the caller's clinic, so the other clinic hears "no longer exists".
 */
@DyadPluginTest
class BreathingCoachAccessMatrixIT {

    @Test
    void every_session_method_is_allowed_refused_and_audited_as_declared(TestKit kit) {
        SessionService sessions = new SessionService(kit.context());
        long saved = TestKit.as(kit.clinicA().consultant(),
                () -> sessions.save(draft(kit.clinicA().parent1().clientId())).id());
        AccessMatrix matrix = AccessMatrix.forPlugin(kit).services(SessionService.class);

        matrix.row(SessionService.class, "save")
                .call(cell -> sessions.save(draft(cell.clientId())))
                .allow(PARENT_A, CONSULTANT, CLINIC_ADMIN).audits("breathing-coach.session.created");
        matrix.row(SessionService.class, "recordTensionAfter")
                .call(cell -> {
                    sessions.recordTensionAfter(saved, 2);
                    return null;
                })
                .allow(PARENT_A, CONSULTANT, CLINIC_ADMIN).outsidersGetNotFound(ValidationException.class)
                .audits("breathing-coach.session.updated");
        matrix.row(SessionService.class, "history")
                .call(cell -> sessions.history(cell.clientId()))
                .allow(PARENT_A, CONSULTANT, CLINIC_ADMIN).audits("breathing-coach.session.read")
                .check(BreathingCoachAccessMatrixIT::theTargetsSessionsOnly);
        matrix.row(SessionService.class, "comparison")
                .call(cell -> sessions.comparison(cell.clientId()))
                .allow(CONSULTANT, CLINIC_ADMIN).audits("breathing-coach.session.read");

        assertThat(matrix.run().methods()).isEqualTo(4);
    }

    private static SessionDraft draft(long clientId) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        return new SessionDraft(clientId, BuiltInPatterns.BOX, 2, 4, null, end.minusSeconds(120), end, null);
    }

    @SuppressWarnings("unchecked")
    private static void theTargetsSessionsOnly(MatrixCell cell, Object result) {
        assertThat((List<BreathingSession>) result).isNotEmpty()
                .allSatisfy(s -> assertThat(s.clientId()).isEqualTo(cell.clientId()));
    }
}
