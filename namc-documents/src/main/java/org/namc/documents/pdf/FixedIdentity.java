package org.namc.documents.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * What makes a rendering repeatable byte for byte: the information dictionary's dates are the
 * document's own date (never the clock), and the file identifier is derived from what the
 * document is, so PDFBox has no reason to invent either.
 */
final class FixedIdentity {
    static final String PRODUCER = "NAMC Portal Core";

    private FixedIdentity() {
    }

    /**
     * @param identity what distinguishes this document from every other (kind, ids, locale); its
     *                 SHA-256 becomes the file identifier
     */
    static void stamp(PDDocument document, String title, String author, Instant date, String identity) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(EmbeddedFonts.printable(title));
        info.setAuthor(author);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(utc(date));
        info.setModificationDate(utc(date));
        byte[] id = Arrays.copyOf(sha256(identity), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static Calendar utc(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        // Whole seconds: the PDF date format keeps no fraction.
        calendar.setTimeInMillis(instant.getEpochSecond() * 1000);
        return calendar;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
