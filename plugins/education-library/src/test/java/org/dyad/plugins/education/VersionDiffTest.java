package org.dyad.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.dyad.plugins.education.VersionDiff.Kind;
import org.dyad.plugins.education.VersionDiff.Line;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    @Test
    void a_changed_line_shows_as_removed_then_added() {
        List<Line> diff = VersionDiff.between(version(1, "Feed 8 times a day.\nRest."),
                version(2, "Feed 8 to 12 times a day.\nRest."));

        assertThat(diff).contains(new Line(Kind.REMOVED, "Feed 8 times a day."),
                new Line(Kind.ADDED, "Feed 8 to 12 times a day."), new Line(Kind.CONTEXT, "Rest."));
    }

    @Test
    void identical_versions_have_no_difference() {
        assertThat(VersionDiff.between(version(1, "Same."), version(2, "Same."))).isEmpty();
    }

    private static PublishedArticle version(int number, String body) {
        return new PublishedArticle(7, number, "Title", "Summary", body, Category.SUPPLY, List.of(), "en", "Ann", 1,
                LocalDateTime.of(2026, 1, number, 9, 0), "Ann");
    }
}
