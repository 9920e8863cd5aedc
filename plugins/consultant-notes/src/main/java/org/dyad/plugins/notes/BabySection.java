package org.dyad.plugins.notes;

import org.jspecify.annotations.Nullable;

/** The baby's part of a visit note: weight, oral assessment, other findings, a weighed feed and a LATCH score. */
record BabySection(long babyId, String babyName, @Nullable Integer weightGrams, String oralAssessment,
                   String findings, WeighedFeed feed, Latch latch) {

    BabySection {
        Limits.grams("weightGrams", "The weight of " + babyName, weightGrams);
        oralAssessment = Limits.text("oralAssessment", "Oral assessment", oralAssessment);
        findings = Limits.text("babyFindings", "Baby findings", findings);
    }

    /** An untouched section for a baby of the dyad. */
    static BabySection blank(long babyId, String babyName) {
        return new BabySection(babyId, babyName, null, "", "", WeighedFeed.NONE, Latch.NONE);
    }

    boolean isEmpty() {
        return weightGrams == null && oralAssessment.isBlank() && findings.isBlank() && feed.isEmpty()
                && latch.isEmpty();
    }

    BabySection withFeed(WeighedFeed newFeed) {
        return new BabySection(babyId, babyName, weightGrams, oralAssessment, findings, newFeed, latch);
    }

    BabySection withLatch(Latch newLatch) {
        return new BabySection(babyId, babyName, weightGrams, oralAssessment, findings, feed, newLatch);
    }
}
