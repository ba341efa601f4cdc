package org.namc.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader's PDF tool gets out of a document: its text, with no-break spaces as plain ones. */
public final class PdfText {
    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return plain(stripper.getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No-break and narrow no-break spaces as plain spaces, as locales put them into amounts. */
    public static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
