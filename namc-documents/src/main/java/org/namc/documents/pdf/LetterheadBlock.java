package org.namc.documents.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The association's logo, name, address and contact at the top left of a page. */
final class LetterheadBlock {
    private static final float LOGO_HEIGHT = 48;
    private static final float LOGO_MAX_WIDTH = 120;

    private final PdfCanvas canvas;
    private final Letterhead letterhead;
    private final PDFont regular;
    private final PDFont bold;

    LetterheadBlock(PdfCanvas canvas, Letterhead letterhead, PDFont regular, PDFont bold) {
        this.canvas = canvas;
        this.letterhead = letterhead;
        this.regular = regular;
        this.bold = bold;
    }

    /** Draws the block from {@code top} down, its text no further right than {@code rightEdge}; returns the y below it. */
    float draw(float top, float rightEdge) throws IOException {
        float x = canvas.left();
        float bottom = top;
        PDImageXObject logo = canvas.logo(letterhead);
        if (logo != null) {
            float scale = Math.min(LOGO_HEIGHT / logo.getHeight(), LOGO_MAX_WIDTH / logo.getWidth());
            float w = logo.getWidth() * scale;
            float h = logo.getHeight() * scale;
            canvas.image(logo, x, top - h, w, h);
            x += w + 12;
            bottom = top - h;
        }
        float y = top - 14;
        float width = rightEdge - x;
        for (String line : canvas.wrap(letterhead.name(), bold, 14, width)) {
            canvas.text(line, x, y, bold, 14);
            y -= 16;
        }
        canvas.grey(PdfCanvas.GREY);
        List<String> lines = new ArrayList<>(letterhead.addressLines());
        if (letterhead.contact() != null) {
            lines.add(letterhead.contact());
        }
        for (String line : lines) {
            for (String part : canvas.wrap(line, regular, 9, width)) {
                canvas.text(part, x, y, regular, 9);
                y -= 11;
            }
        }
        canvas.black();
        return Math.min(bottom, y);
    }
}
