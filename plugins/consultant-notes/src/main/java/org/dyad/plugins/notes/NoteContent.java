package org.dyad.plugins.notes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a consultant writes in a visit note, SOAP-ordered: Subjective (concerns, feeding history), Objective (parent's
 * breast and nipple findings; each baby's section), Assessment and Plan (plain language, shareable with the parent),
 * plus the values of the template's own fields by field key.
 */
record NoteContent(String concerns, String feedingHistory, String parentFindings, String assessment, String plan,
                   Map<String, String> templateValues, List<BabySection> babies) {

    NoteContent {
        concerns = Limits.text("concerns", "Concerns", concerns);
        feedingHistory = Limits.text("feedingHistory", "Feeding history", feedingHistory);
        parentFindings = Limits.text("parentFindings", "Breast and nipple findings", parentFindings);
        assessment = Limits.text("assessment", "Assessment", assessment);
        plan = Limits.text("plan", "Plan", plan);
        templateValues = checkedValues(templateValues);
        babies = List.copyOf(babies);
    }

    /** A new note's content: every section empty, one section per baby. */
    static NoteContent blank(List<BabySection> babies) {
        return new NoteContent("", "", "", "", "", Map.of(), babies);
    }

    /** Whether nothing at all has been charted: such a note cannot be signed. */
    boolean isEmpty() {
        return concerns.isBlank() && feedingHistory.isBlank() && parentFindings.isBlank() && assessment.isBlank()
                && plan.isBlank() && templateValues.values().stream().allMatch(String::isBlank)
                && babies.stream().allMatch(BabySection::isEmpty);
    }

    /**
     * Whether both hold the same charting, read the way it is stored: a template value left blank counts as absent,
     * and baby sections are compared by baby, in any order.
     */
    boolean sameCharting(NoteContent other) {
        return concerns.equals(other.concerns) && feedingHistory.equals(other.feedingHistory)
                && parentFindings.equals(other.parentFindings) && assessment.equals(other.assessment)
                && plan.equals(other.plan) && filled(templateValues).equals(filled(other.templateValues))
                && byBaby(babies).equals(byBaby(other.babies));
    }

    private static Map<String, String> filled(Map<String, String> values) {
        Map<String, String> filled = new HashMap<>(values);
        filled.values().removeIf(String::isEmpty);
        return filled;
    }

    private static List<BabySection> byBaby(List<BabySection> sections) {
        return sections.stream().sorted(Comparator.comparingLong(BabySection::babyId)).toList();
    }

    NoteContent withPlan(String newPlan) {
        return new NoteContent(concerns, feedingHistory, parentFindings, assessment, newPlan, templateValues, babies);
    }

    NoteContent withBabies(List<BabySection> newBabies) {
        return new NoteContent(concerns, feedingHistory, parentFindings, assessment, plan, templateValues, newBabies);
    }

    NoteContent withTemplateValue(String key, String value) {
        Map<String, String> values = new HashMap<>(templateValues);
        values.put(key, value);
        return new NoteContent(concerns, feedingHistory, parentFindings, assessment, plan, values, babies);
    }

    /** The values, each within {@link Limits#MAX_TEXT}; a missing value is empty. */
    private static Map<String, String> checkedValues(Map<String, String> values) {
        Map<String, String> checked = new HashMap<>();
        values.forEach((key, value) -> checked.put(key, Limits.text("field." + key, "This field", value)));
        return Map.copyOf(checked);
    }
}
