package org.dyad.plugins.notes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes flowing text onto A4 pages: headings and wrapped paragraphs, a new page when one is full. Characters the
 * standard PDF fonts cannot show are replaced by {@code ?} rather than failing the whole report.
 */
final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 10.5f;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream stream;
    private float y;

    PdfWriter() {
        newPage();
    }

    void title(String text) {
        write(bold, 16, text, 6);
    }

    void heading(String text) {
        space(8);
        write(bold, 12, text, 3);
    }

    void paragraph(String text) {
        for (String line : text.strip().split("\\R")) {
            write(regular, BODY_SIZE, line, 2);
        }
    }

    /** A bold label followed by its value on the same line. */
    void field(String label, String value) {
        paragraph(label + ": " + value);
    }

    void space(float points) {
        y -= points;
    }

    byte[] finish() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            stream.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(PDType1Font font, float size, String text, float after) {
        for (String line : wrap(font, size, printable(font, text))) {
            if (y - size < MARGIN) {
                newPage();
            }
            y -= size * 1.25f;
            show(font, size, line);
        }
        y -= after;
    }

    private void show(PDType1Font font, float size, String line) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(line);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(PDType1Font font, float size, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= PAGE.getWidth() - 2 * MARGIN || line.isEmpty()) {
                line = new StringBuilder(candidate);
            } else {
                lines.add(line.toString());
                line = new StringBuilder(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(cp -> out.append(encodable(font, cp) ? Character.toString(cp)
                : "?"));
        return out.toString();
    }

    private static boolean encodable(PDType1Font font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return !Character.isISOControl(codePoint);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
