package org.dyad.plugins.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The weighed-feed and LATCH figures as sentences, for the report and the note's summary. */
final class ReportLines {

    private ReportLines() {
    }

    static List<String> feed(WeighedFeed feed) {
        if (feed.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Weighed feed: pre-feed " + grams(feed.preFeedGrams()) + ", post-feed " + grams(feed.postFeedGrams())
                + feed.milkTransferredMl().map(ml -> ", milk transferred " + ml + " ml").orElse(""));
        feed.warning().ifPresent(lines::add);
        return lines;
    }

    static List<String> latch(Latch latch) {
        if (latch.isEmpty()) {
            return List.of();
        }
        return List.of("LATCH: Latch " + score(latch.latch()) + ", Audible swallowing "
                + score(latch.audibleSwallowing()) + ", Type of nipple " + score(latch.typeOfNipple()) + ", Comfort "
                + score(latch.comfort()) + ", Hold " + score(latch.hold()) + "; total "
                + latch.total().map(total -> total + "/10").orElse("not computed (not every item scored)"));
    }

    private static String grams(@Nullable Integer grams) {
        return grams == null ? "not recorded" : Limits.number(grams) + " g";
    }

    private static String score(@Nullable Integer score) {
        return Objects.toString(score, "-");
    }
}
