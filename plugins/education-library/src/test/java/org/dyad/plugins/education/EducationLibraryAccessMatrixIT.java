package org.dyad.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.testkit.Actor.CLINIC_ADMIN;
import static org.dyad.testkit.Actor.CONSULTANT;
import static org.dyad.testkit.Actor.FRONT_DESK;
import static org.dyad.testkit.Actor.OTHER_CLINIC_ADMIN;
import static org.dyad.testkit.Actor.PARENT_A;
import static org.dyad.testkit.Actor.PARENT_B;

import java.util.List;
import java.util.Optional;
import org.dyad.api.ValidationException;
import org.dyad.testkit.AccessMatrix;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.ExpectedAudit;
import org.dyad.testkit.MatrixCell;
import org.dyad.testkit.TestKit;
import org.junit.jupiter.api.Test;

/**
 * Every method of the reading service × the eight actors. Assigning and progress are for consultants and clinic admins
 * with access to the client; the "for you" list, opened and finished act on the signed-in parent's own record only
 * (staff may call them and touch no client). Articles are looked up in the caller's clinic, so the other clinic hears
 * "not in your clinic's library".
 */
@DyadPluginTest
@SuppressWarnings("unchecked")
class EducationLibraryAccessMatrixIT {

    @Test
    void every_reading_method_is_allowed_refused_and_audited_as_declared(TestKit kit) {
        long article = TestKit.as(kit.clinicA().consultant(),
                () -> new ReaderService(kit.context()).browse(null).getFirst().articleId());
        TestKit.as(kit.clinicA().consultant(), () -> readings(kit).assign(
                new Assignment(kit.clinicA().parent1().clientId(), List.of(article), "Before our visit")));
        AccessMatrix matrix = AccessMatrix.forPlugin(kit).services(ReadingService.class);

        matrix.row(ReadingService.class, "assign")
                .call(cell -> {
                    readings(kit).assign(new Assignment(cell.clientId(), List.of(article), "Please read"));
                    return null;
                })
                .allow(CONSULTANT, CLINIC_ADMIN).audits("education-library.article.assigned");
        matrix.row(ReadingService.class, "progress")
                .call(cell -> readings(kit).progress(cell.clientId()))
                .allow(CONSULTANT, CLINIC_ADMIN).audits("education-library.progress.read")
                .check((cell, result) -> assertThat((List<Reading>) result).isNotEmpty()
                        .allSatisfy(r -> assertThat(r.clientId()).isEqualTo(cell.clientId())));
        matrix.row(ReadingService.class, "forYou")
                .call(cell -> readings(kit).forYou())
                .allow(PARENT_A, PARENT_B, FRONT_DESK, CONSULTANT, CLINIC_ADMIN, OTHER_CLINIC_ADMIN)
                .audits(ownRecord("education-library.assignments.read"))
                .check((cell, result) -> ownReadingsOnly(cell, (List<Reading>) result));
        matrix.row(ReadingService.class, "nextUnread")
                .call(cell -> readings(kit).nextUnread())
                .allow(PARENT_A, PARENT_B, FRONT_DESK, CONSULTANT, CLINIC_ADMIN, OTHER_CLINIC_ADMIN)
                .audits(ownRecord("education-library.assignments.read"))
                .check((cell, result) -> ownReadingsOnly(cell, ((Optional<Reading>) result).stream().toList()));
        matrix.row(ReadingService.class, "opened")
                .call(cell -> {
                    readings(kit).opened(article);
                    return null;
                })
                .allow(PARENT_A, PARENT_B, FRONT_DESK, CONSULTANT, CLINIC_ADMIN)
                .outsidersGetNotFound(ValidationException.class)
                .audits(ownRecord("education-library.article.opened"));
        matrix.row(ReadingService.class, "finished")
                .call(cell -> {
                    readings(kit).finished(article);
                    return null;
                })
                .allow(PARENT_A, PARENT_B, FRONT_DESK, CONSULTANT, CLINIC_ADMIN)
                .outsidersGetNotFound(ValidationException.class)
                .audits(ownRecord("education-library.article.finished"));

        assertThat(matrix.run().methods()).isEqualTo(6);
    }

    private static ReadingService readings(TestKit kit) {
        return new ReadingService(kit.context());
    }

    /** About the signed-in parent's own record; staff calls touch no client and write nothing. */
    private static ExpectedAudit ownRecord(String action) {
        return ExpectedAudit.of(action).ownClient().onlyFor(PARENT_A, PARENT_B);
    }

    private static void ownReadingsOnly(MatrixCell cell, List<Reading> readings) {
        if (cell.actor() == PARENT_A) {
            assertThat(readings).isNotEmpty();
        }
        assertThat(readings).allSatisfy(r -> assertThat(r.clientId()).isEqualTo(cell.user().clientId()));
    }
}
