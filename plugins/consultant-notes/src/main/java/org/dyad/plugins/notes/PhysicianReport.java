package org.dyad.plugins.notes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.dyad.api.ClientRef;
import org.jspecify.annotations.Nullable;

/**
 * The report for the baby's and the parent's physicians, made from a signed note: clinic header, the dyad, the visit,
 * the findings (SOAP), LATCH, the weighed feed and the plan, then any addenda.
 */
record PhysicianReport(String clinicName, ClientRef client, Note note, ZoneId zone) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    PhysicianReport {
        if (!note.isSigned()) {
            throw new IllegalArgumentException("A physician report is made from a signed note only");
        }
    }

    byte[] render() {
        try (PdfWriter pdf = new PdfWriter()) {
            header(pdf);
            subjective(pdf);
            objective(pdf);
            section(pdf, "Assessment", note.content().assessment());
            section(pdf, "Plan", note.content().plan());
            addenda(pdf);
            return pdf.finish();
        }
    }

    private void header(PdfWriter pdf) {
        pdf.title(clinicName);
        pdf.paragraph("Lactation consultation report for the physician");
        pdf.heading("Dyad");
        pdf.field("Parent", client.displayName());
        client.babies().forEach(baby -> pdf.field("Baby", baby.name() + ", born " + DATE.format(baby.dateOfBirth())
                + ", birth weight " + Limits.number(baby.birthWeightGrams()) + " g, " + baby.gestationalAgeWeeks()
                + " weeks' gestation"));
        pdf.heading("Visit");
        pdf.field("Visit date", DATE.format(note.visitDate()));
        pdf.field("Visit type", note.template().name());
        pdf.field("Consultant", note.authorName() + ", signed " + time(note.signedAt()));
    }

    private void subjective(PdfWriter pdf) {
        pdf.heading("Subjective");
        labelled(pdf, "Concerns", note.content().concerns());
        labelled(pdf, "Feeding history", note.content().feedingHistory());
        for (TemplateField field : note.template().fields()) {
            labelled(pdf, field.label(), note.content().templateValues().getOrDefault(field.key(), ""));
        }
    }

    private void objective(PdfWriter pdf) {
        pdf.heading("Objective: parent");
        labelled(pdf, "Breast and nipple findings", note.content().parentFindings());
        for (BabySection baby : note.content().babies()) {
            pdf.heading("Objective: " + baby.babyName());
            if (baby.weightGrams() != null) {
                pdf.field("Weight", Limits.number(baby.weightGrams()) + " g");
            }
            labelled(pdf, "Oral assessment", baby.oralAssessment());
            labelled(pdf, "Other findings", baby.findings());
            ReportLines.feed(baby.feed()).forEach(pdf::paragraph);
            ReportLines.latch(baby.latch()).forEach(pdf::paragraph);
        }
    }

    private void addenda(PdfWriter pdf) {
        for (Addendum addendum : note.addenda()) {
            pdf.heading("Addendum by " + addendum.authorName() + ", signed " + time(addendum.signedAt()));
            pdf.paragraph(addendum.text());
        }
    }

    private static void section(PdfWriter pdf, String heading, String text) {
        pdf.heading(heading);
        pdf.paragraph(text.isBlank() ? "Not recorded." : text);
    }

    private static void labelled(PdfWriter pdf, String label, String text) {
        if (!text.isBlank()) {
            pdf.field(label, text);
        }
    }

    private String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }
}
