package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.HostileAttempts;
import org.dyad.testkit.HostileInput;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus fed to every field of a visit note (the SOAP texts, the template's fields, each baby's weight,
 * oral assessment, findings, weighed feed and LATCH items, and the parts of the note the editor only echoes: baby
 * ids and names, field keys), to the choice of template, to the clinic's template definitions (name, field labels)
 * and to addenda. Each attempt is refused with a validation message and leaves the plugin's tables unchanged, or
 * stores a valid value that reads back verbatim.
 */
@DyadPluginTest
class ConsultantNotesHostileInputIT {

    private HostileAttempts attempts;
    private NoteService notes;
    private long noteId;

    @Test
    void every_field_refuses_hostile_values_or_stores_them_verbatim(TestKit kit) {
        kit.actAs(kit.clinicB().consultant());
        String otherClinicsTemplate = new TemplateService(kit.context()).create("Elsewhere", List.of("Field")).key();
        kit.actAs(kit.clinicA().consultant());
        TestParent parent = kit.clinicA().parent1();
        notes = new NoteService(kit.context());
        noteId = notes.startDraft(parent.clientId(), Template.FOLLOW_UP.key(), null);
        attempts = HostileAttempts.watching(kit.dsl(), kit.pluginTables());
        soapTexts();
        templateValues();
        babySection(kit.clinicB().parent1().babyId());
        templateChoice(parent, otherClinicsTemplate);
        clinicTemplates(new TemplateService(kit.context()), parent);
        addenda(parent);
        attempts.figures("hostile-input-consultant-notes", "The hostile corpus fed to every field of a visit note "
                        + "(SOAP texts, template fields, each baby's weight, oral assessment, findings, pre/post-feed "
                        + "weights and LATCH items, and the echoed baby ids/names and field keys), the template choice, "
                        + "clinic template definitions (name, labels) and addenda", HostileInput.size())
                .write();
        assertThat(attempts.findings()).isEmpty();
    }

    private void soapTexts() {
        HostileInput.strings().forEach((name, s) -> {
            boolean tooLong = s.length() > Limits.MAX_TEXT;
            save("concerns " + name, tooLong, c -> new NoteContent(s, c.feedingHistory(), c.parentFindings(),
                    c.assessment(), c.plan(), c.templateValues(), c.babies()), NoteContent::concerns, s);
            save("feeding history " + name, tooLong, c -> new NoteContent(c.concerns(), s, c.parentFindings(),
                    c.assessment(), c.plan(), c.templateValues(), c.babies()), NoteContent::feedingHistory, s);
            save("breast and nipple findings " + name, tooLong, c -> new NoteContent(c.concerns(),
                    c.feedingHistory(), s, c.assessment(), c.plan(), c.templateValues(), c.babies()),
                    NoteContent::parentFindings, s);
            save("assessment " + name, tooLong, c -> new NoteContent(c.concerns(), c.feedingHistory(),
                    c.parentFindings(), s, c.plan(), c.templateValues(), c.babies()), NoteContent::assessment, s);
            save("plan " + name, tooLong, c -> c.withPlan(s), NoteContent::plan, s);
        });
    }

    private void templateValues() {
        HostileInput.strings().forEach((name, s) -> {
            save("template field value " + name, s.length() > Limits.MAX_TEXT, c -> c.withTemplateValue("progress", s),
                    c -> c.templateValues().get("progress"), s);
            save("template field key " + name, true, c -> c.withTemplateValue(s, "value"), c -> "", "");
        });
        save("template field value null", false, c -> c.withTemplateValue("progress", null),
                c -> c.templateValues().get("progress"), "");
    }

    private void babySection(long otherClinicsBaby) {
        HostileInput.strings().forEach((name, s) -> {
            boolean tooLong = s.length() > Limits.MAX_TEXT;
            baby("oral assessment " + name, tooLong, b -> new BabySection(b.babyId(), b.babyName(), b.weightGrams(), s,
                    b.findings(), b.feed(), b.latch()), BabySection::oralAssessment, s);
            baby("baby findings " + name, tooLong, b -> new BabySection(b.babyId(), b.babyName(), b.weightGrams(),
                    b.oralAssessment(), s, b.feed(), b.latch()), BabySection::findings, s);
            baby("baby name " + name, true, b -> new BabySection(b.babyId(), s, b.weightGrams(), b.oralAssessment(),
                    b.findings(), b.feed(), b.latch()), BabySection::babyName, s);
        });
        List<@Nullable Integer> numbers = new ArrayList<>(HostileInput.integers());
        numbers.addAll(List.of(3, 299, 10_001));
        numbers.add(null);
        for (Integer n : numbers) {
            boolean grams = n == null || n >= Limits.MIN_WEIGHT_G && n <= Limits.MAX_WEIGHT_G;
            baby("weight " + n, !grams, b -> new BabySection(b.babyId(), b.babyName(), n, b.oralAssessment(),
                    b.findings(), b.feed(), b.latch()), BabySection::weightGrams, n);
            baby("pre-feed weight " + n, !grams, b -> b.withFeed(new WeighedFeed(n, 3600)),
                    b -> b.feed().preFeedGrams(), n);
            baby("post-feed weight " + n, !grams, b -> b.withFeed(new WeighedFeed(3500, n)),
                    b -> b.feed().postFeedGrams(), n);
            boolean score = n == null || n >= 0 && n <= 2;
            baby("LATCH latch " + n, !score, b -> b.withLatch(new Latch(n, 1, 1, 1, 1)), b -> b.latch().latch(), n);
            baby("LATCH audible swallowing " + n, !score, b -> b.withLatch(new Latch(1, n, 1, 1, 1)),
                    b -> b.latch().audibleSwallowing(), n);
            baby("LATCH type of nipple " + n, !score, b -> b.withLatch(new Latch(1, 1, n, 1, 1)),
                    b -> b.latch().typeOfNipple(), n);
            baby("LATCH comfort " + n, !score, b -> b.withLatch(new Latch(1, 1, 1, n, 1)), b -> b.latch().comfort(), n);
            baby("LATCH hold " + n, !score, b -> b.withLatch(new Latch(1, 1, 1, 1, n)), b -> b.latch().hold(), n);
        }
        for (long id : new long[] {-1, 0, Long.MAX_VALUE, otherClinicsBaby}) {
            baby("baby id " + id, true, b -> new BabySection(id, b.babyName(), b.weightGrams(), b.oralAssessment(),
                    b.findings(), b.feed(), b.latch()), BabySection::babyId, id);
        }
        save("no baby section", true, c -> c.withBabies(List.of()), c -> "", "");
        save("baby section twice", true, c -> c.withBabies(List.of(c.babies().getFirst(), c.babies().getFirst())),
                c -> "", "");
    }

    private void templateChoice(TestParent parent, String otherClinicsTemplate) {
        List<String> keys = new ArrayList<>(HostileInput.strings().values());
        HostileInput.numberTexts().forEach(n -> keys.add("clinic-" + n));
        keys.add(otherClinicsTemplate);
        for (String key : keys) {
            attempts.mustReject("template key " + describe(key), () -> notes.startDraft(parent.clientId(), key, null));
        }
    }

    private void clinicTemplates(TemplateService templates, TestParent parent) {
        HostileInput.strings().forEach((name, s) -> {
            boolean bad = s.isBlank() || s.length() > TemplateField.MAX_LABEL;
            template(templates, "template name " + name, bad, s, List.of("Field"));
            template(templates, "template field label " + name, bad, "Template " + name, List.of(s));
            if (!bad) {
                attempts.attempt("note from a template with the field label " + name, false, () -> {
                    String key = templates.all().stream().filter(t -> t.name().equals("Template " + name))
                            .findFirst().orElseThrow().key();
                    Note note = notes.open(notes.startDraft(parent.clientId(), key, null));
                    return note.template().fields().getFirst().label().equals(s.strip());
                });
            }
        });
        template(templates, "template name null", true, null, List.of("Field"));
        template(templates, "template field label null", true, "Null label", Collections.singletonList(null));
        template(templates, "template without fields", false, "No fields", List.of());
        template(templates, "template fields null", false, "Null fields", null);
        template(templates, "template with 31 fields", true, "Many", Collections.nCopies(31, "Field"));
    }

    private void addenda(TestParent parent) {
        long signed = notes.startDraft(parent.clientId(), Template.CHECK_IN.key(), null);
        notes.save(signed, 0, notes.open(signed).content().withPlan("Feed on cue."));
        notes.sign(signed, 1);
        HostileInput.strings().forEach((name, s) -> attempts.attempt("addendum " + name,
                s.isBlank() || s.length() > Limits.MAX_TEXT, () -> {
                    notes.addAddendum(signed, s, null);
                    return notes.open(signed).addenda().getLast().text().equals(s.strip());
                }));
        attempts.mustReject("addendum null", () -> notes.addAddendum(signed, null, null));
        attempts.mustReject("addendum to a draft", () -> notes.addAddendum(noteId, "Later.", null));
        attempts.mustReject("care plan of a draft", () -> notes.shareCarePlan(noteId));
    }

    /** Saves the draft changed as given (from what is stored now) and reads the field back. */
    private void save(String what, boolean invalid, UnaryOperator<NoteContent> change,
                      Function<NoteContent, @Nullable Object> field, @Nullable Object expected) {
        attempts.attempt(what, invalid, () -> {
            Note note = notes.open(noteId);
            NoteContent changed = change.apply(note.content());
            notes.save(noteId, note.version(), changed);
            NoteContent back = notes.open(noteId).content();
            return back.equals(changed) && Objects.equals(field.apply(back), expected);
        });
    }

    private void baby(String what, boolean invalid, UnaryOperator<BabySection> change,
                      Function<BabySection, @Nullable Object> field, @Nullable Object expected) {
        save(what, invalid, c -> c.withBabies(List.of(change.apply(c.babies().getFirst()))),
                c -> field.apply(c.babies().getFirst()), expected);
    }

    private void template(TemplateService templates, String what, boolean invalid, @Nullable String name,
                          @Nullable List<String> labels) {
        attempts.attempt(what, invalid, () -> {
            Template created = templates.create(name, labels);
            Template back = templates.all().stream().filter(t -> t.key().equals(created.key())).findFirst()
                    .orElseThrow();
            List<String> stripped = labels == null ? List.of() : labels.stream().map(String::strip).toList();
            return back.equals(created) && back.name().equals(name.strip())
                    && back.fields().stream().map(TemplateField::label).toList().equals(stripped);
        });
    }

    private static String describe(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : "'" + value + "'";
    }
}
