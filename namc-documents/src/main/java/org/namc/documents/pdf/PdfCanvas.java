package org.namc.documents.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * Writes text and rules onto the pages of one document, top to bottom: a cursor moves down as
 * lines are written, and a new page starts when the next block would not fit (after which
 * {@link PageStart} draws whatever each page repeats, such as a table header). Coordinates are
 * PDF points from the bottom left.
 */
final class PdfCanvas implements AutoCloseable {
    static final float MARGIN = 50;
    static final float GREY = 0.35f;

    /** Draws what every continued page starts with; it may move the cursor. */
    interface PageStart {
        void draw(PdfCanvas canvas) throws IOException;
    }

    private final PDDocument document;
    private final PDRectangle size;
    private final EmbeddedFonts.Fonts fonts;
    private PDPageContentStream content;
    private boolean closed;
    private float y;
    private PageStart pageStart = canvas -> { };

    PdfCanvas(PDDocument document, PDRectangle size, EmbeddedFonts.Fonts fonts) throws IOException {
        this.document = document;
        this.size = size;
        this.fonts = fonts;
        this.content = newPage();
        this.y = size.getHeight() - MARGIN;
    }

    EmbeddedFonts.Fonts fonts() {
        return fonts;
    }

    float width() {
        return size.getWidth();
    }

    float height() {
        return size.getHeight();
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return size.getWidth() - MARGIN;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void down(float points) {
        y -= points;
    }

    void onEachNewPage(PageStart start) {
        this.pageStart = start;
    }

    /** Starts a new page unless {@code points} more fit above the bottom margin. */
    void keepRoom(float points) throws IOException {
        if (y - points < MARGIN + 20) {
            content.close();
            content = newPage();
            y = size.getHeight() - MARGIN;
            pageStart.draw(this);
        }
    }

    void text(String text, float x, float baseline, PDFont font, float fontSize) throws IOException {
        String printable = EmbeddedFonts.printable(text);
        if (printable.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, fontSize);
        content.newLineAtOffset(x, baseline);
        content.showText(printable);
        content.endText();
    }

    void textRight(String text, float rightX, float baseline, PDFont font, float fontSize) throws IOException {
        text(text, rightX - widthOf(text, font, fontSize), baseline, font, fontSize);
    }

    void textCentred(String text, float centreX, float baseline, PDFont font, float fontSize) throws IOException {
        text(text, centreX - widthOf(text, font, fontSize) / 2, baseline, font, fontSize);
    }

    float widthOf(String text, PDFont font, float fontSize) throws IOException {
        return font.getStringWidth(EmbeddedFonts.printable(text)) / 1000 * fontSize;
    }

    /** {@code text} broken into lines no wider than {@code width}; a word longer than a line is cut. */
    List<String> wrap(String text, PDFont font, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : EmbeddedFonts.printable(text).strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(candidate, font, fontSize) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (widthOf(rest, font, fontSize) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && widthOf(rest.substring(0, cut), font, fontSize) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    void rule(float fromX, float toX, float atY, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.moveTo(fromX, atY);
        content.lineTo(toX, atY);
        content.stroke();
    }

    void frame(float x, float yBottom, float w, float h, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.addRect(x, yBottom, w, h);
        content.stroke();
    }

    void fill(float x, float yBottom, float w, float h) throws IOException {
        content.addRect(x, yBottom, w, h);
        content.fill();
    }

    void grey(float level) throws IOException {
        colour(level, level, level);
    }

    void colour(float red, float green, float blue) throws IOException {
        content.setNonStrokingColor(red, green, blue);
        content.setStrokingColor(red, green, blue);
    }

    void black() throws IOException {
        grey(0);
    }

    /** The letterhead's logo in this document, or null without one. */
    @Nullable PDImageXObject logo(Letterhead letterhead) throws IOException {
        return letterhead.logoIn(document);
    }

    void image(PDImageXObject image, float x, float yBottom, float w, float h) throws IOException {
        content.drawImage(image, x, yBottom, w, h);
    }

    /** Writes "{@code label} n / N" at the foot of every page, once all pages exist. */
    void numberPages(String label, String leftFooter) throws IOException {
        content.close();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content = foot;
                grey(GREY);
                text(leftFooter, MARGIN, MARGIN - 20, fonts.regular(), 8);
                textRight(label + " " + (i + 1) + " / " + total, right(), MARGIN - 20, fonts.regular(), 8);
            }
        }
        closed = true;
    }

    private PDPageContentStream newPage() throws IOException {
        PDPage page = new PDPage(size);
        document.addPage(page);
        return new PDPageContentStream(document, page);
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            content.close();
            closed = true;
        }
    }
}
