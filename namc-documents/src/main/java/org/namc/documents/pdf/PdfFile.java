package org.namc.documents.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** One rendering from start to saved bytes: a new document, its fonts and pages, then its fixed identity. */
final class PdfFile {

    /** What the saved file says it is: its title, its own date, and what distinguishes it from every other. */
    record Identity(String title, Instant date, String key) {
    }

    /** Draws the pages and says what the document is. */
    interface Body {
        Identity draw(PdfCanvas canvas, Labels labels, LocalFormats formats) throws IOException;
    }

    private PdfFile() {
    }

    static void write(Letterhead letterhead, Locale locale, PDRectangle size, OutputStream out, Body body)
            throws IOException {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        Labels labels = new Labels(locale);
        LocalFormats formats = new LocalFormats(locale, letterhead.zone());
        try (PDDocument pdf = new PDDocument()) {
            Identity identity;
            try (PdfCanvas canvas = new PdfCanvas(pdf, size, EmbeddedFonts.loadInto(pdf))) {
                identity = body.draw(canvas, labels, formats);
            }
            FixedIdentity.stamp(pdf, identity.title(), letterhead.name(), identity.date(),
                    identity.key() + "|" + locale.toLanguageTag());
            pdf.save(out);
        }
    }
}
