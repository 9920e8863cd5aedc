package org.dyad.plugins.notes;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.dyad.api.ClientRef;

/**
 * Renders a report's first page to PNG. Run {@code main} (test class path) to write a sample report's first page for
 * the documentation, e.g. to {@code docs/screenshots/notes-physician-report.png}.
 */
final class PhysicianReportPng {

    private PhysicianReportPng() {
    }

    static BufferedImage firstPage(byte[] pdf, Path png) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(image, "png", png.toFile());
            return image;
        }
    }

    public static void main(String[] args) throws IOException {
        ClientRef client = new ClientRef(1, 10, "Maria Example",
                List.of(new ClientRef.BabyRef(7, "Ada", LocalDate.of(2026, 11, 1), 3400, 39)));
        Note note = PhysicianReportTest.note(NoteStatus.SIGNED, "Nipple pain on the left since day 3");
        byte[] pdf = new PhysicianReport("Willow Lactation Care", client, note, ZoneId.of("Europe/London"))
                .render();
        firstPage(pdf, Path.of(args.length > 0 ? args[0] : "target/physician-report.png"));
    }
}
