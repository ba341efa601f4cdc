package org.namc.documents.pdf;

import java.io.IOException;
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

    /** Draws the block from {@code top} down and returns the y below it. */
    float draw(float top) throws IOException {
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
        canvas.text(letterhead.name(), x, y, bold, 14);
        y -= 14;
        canvas.grey(PdfCanvas.GREY);
        for (String line : letterhead.addressLines()) {
            canvas.text(line, x, y, regular, 9);
            y -= 11;
        }
        if (letterhead.contact() != null) {
            canvas.text(letterhead.contact(), x, y, regular, 9);
            y -= 11;
        }
        canvas.black();
        return Math.min(bottom, y);
    }
}
