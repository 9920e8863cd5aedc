package org.dyad.plugins.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dyad.api.ClientRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhysicianReportTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ClientRef CLIENT = new ClientRef(1, 10, "Maria Example",
            List.of(new ClientRef.BabyRef(7, "Ada", LocalDate.of(2026, 11, 1), 3400, 39)));

    @Test
    void the_report_holds_the_clinic_the_dyad_the_findings_latch_weighed_feed_and_plan() throws IOException {
        String text = text(new PhysicianReport("Milk & Co Clinic", CLIENT, note(NoteStatus.SIGNED,
                "Nipple pain on the left"), ZONE).render());

        assertThat(text).contains("Milk & Co Clinic", "Maria Example", "Ada, born November 1, 2026",
                "Visit date: November 20, 2026", "Initial consult", "Nipple pain on the left",
                "Compression stripe on the left nipple", "Weight: 3,610 g", "Tongue elevation limited",
                "pre-feed 3,520 g, post-feed 3,582 g, milk transferred 62 ml",
                "LATCH: Latch 2, Audible swallowing 1, Type of nipple 2, Comfort 1, Hold 2; total 8/10",
                "Feed on cue, 8 to 12 times a day", "Family's feeding goals: Exclusive breastfeeding",
                "Addendum by Jo Consultant", "Spoke with the paediatrician");
    }

    @Test
    void a_long_note_flows_onto_further_pages_and_unprintable_characters_do_not_break_it() throws IOException {
        byte[] pdf = new PhysicianReport("Clinic", CLIENT, note(NoteStatus.SIGNED,
                "Concern ≥ 2 \uD83D\uDE00 ".repeat(1300)), ZONE).render();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("Concern ? 2 ?");
    }

    @Test
    void the_first_page_renders_to_an_image_with_the_header_inked(@TempDir Path dir) throws IOException {
        byte[] pdf = new PhysicianReport("Milk & Co Clinic", CLIENT, note(NoteStatus.SIGNED, "Nipple pain"), ZONE)
                .render();

        BufferedImage page = PhysicianReportPng.firstPage(pdf, dir.resolve("report.png"));

        assertThat(page.getWidth()).isGreaterThan(500);
        assertThat(darkPixels(page, 0, 0, page.getWidth(), page.getHeight() / 8)).isGreaterThan(100);
    }

    @Test
    void a_draft_has_no_physician_report() {
        assertThatThrownBy(() -> new PhysicianReport("Clinic", CLIENT, note(NoteStatus.DRAFT, "x"), ZONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int width, int height) {
        int dark = 0;
        for (int x = x0; x < x0 + width; x++) {
            for (int y = y0; y < y0 + height; y++) {
                dark += (image.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
            }
        }
        return dark;
    }

    static Note note(NoteStatus status, String concerns) {
        BabySection ada = new BabySection(7, "Ada", 3610, "Tongue elevation limited", "",
                new WeighedFeed(3520, 3582), new Latch(2, 1, 2, 1, 2));
        NoteContent content = new NoteContent(concerns, "Feeds every 2 hours", "Compression stripe on the left nipple",
                "Shallow latch", "Feed on cue, 8 to 12 times a day", Map.of("goals", "Exclusive breastfeeding"),
                List.of(ada));
        Instant signed = Instant.parse("2026-11-20T10:15:00Z");
        return new Note(5, 10, Template.INITIAL_CONSULT, LocalDate.of(2026, 11, 20), 3, "Jo Consultant", status,
                content, signed, null, signed, "Jo Consultant", 4,
                List.of(new Addendum(1, "Spoke with the paediatrician", "Jo Consultant", signed.plusSeconds(3600))),
                List.of());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", " ");
        }
    }
}
