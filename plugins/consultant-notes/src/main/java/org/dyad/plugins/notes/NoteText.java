package org.dyad.plugins.notes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** A note's content as read-only text, SOAP-ordered, with the computed figures. */
final class NoteText {

    private NoteText() {
    }

    static Div of(Note note) {
        NoteContent content = note.content();
        Div div = new Div(new H3("Subjective"));
        labelled(div, "Concerns", content.concerns());
        labelled(div, "Feeding history", content.feedingHistory());
        note.template().fields().forEach(field -> labelled(div, field.label(),
                content.templateValues().getOrDefault(field.key(), "")));
        div.add(new H3("Objective: parent"));
        labelled(div, "Breast and nipple findings", content.parentFindings());
        content.babies().forEach(baby -> baby(div, baby));
        div.add(new H3("Assessment"), new Paragraph(content.assessment()), new H3("Plan"),
                new Paragraph(content.plan()));
        div.getStyle().set("white-space", "pre-line");
        return div;
    }

    private static void baby(Div div, BabySection baby) {
        div.add(new H3("Objective: " + baby.babyName()));
        if (baby.weightGrams() != null) {
            labelled(div, "Weight", Limits.number(baby.weightGrams()) + " g");
        }
        labelled(div, "Oral assessment", baby.oralAssessment());
        labelled(div, "Other findings", baby.findings());
        ReportLines.feed(baby.feed()).forEach(line -> div.add(new Paragraph(line)));
        ReportLines.latch(baby.latch()).forEach(line -> div.add(new Paragraph(line)));
    }

    private static void labelled(Div div, String label, String text) {
        if (!text.isBlank()) {
            div.add(new Paragraph(label + ": " + text));
        }
    }
}
