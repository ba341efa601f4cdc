package org.namc.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, shipped in this jar (never read from the system): subset and
 * embedded into every document, so accented and non-Latin names print on any reader. The font
 * files are read once; text outside the fonts' characters prints as {@code ?} instead of failing.
 */
final class EmbeddedFonts {
    private static final String REGULAR = "/org/namc/documents/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/org/namc/documents/fonts/DejaVuSans-Bold.ttf";
    private static final byte[] REGULAR_BYTES = read(REGULAR);
    private static final byte[] BOLD_BYTES = read(BOLD);
    /** Code points both fonts can draw. */
    private static final BitSet PRINTABLE = printable(REGULAR_BYTES);

    private EmbeddedFonts() {
    }

    /** The pair of fonts, loaded into {@code document} for subsetting when it is saved. */
    static Fonts loadInto(PDDocument document) throws IOException {
        return new Fonts(PDType0Font.load(document, new ByteArrayInputStream(REGULAR_BYTES), true),
                PDType0Font.load(document, new ByteArrayInputStream(BOLD_BYTES), true));
    }

    /** {@code text} with line breaks and tabs as spaces and every character the fonts lack as {@code ?}. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (cp < PRINTABLE.size() && PRINTABLE.get(cp) && !Character.isISOControl(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static BitSet printable(byte[] font) {
        BitSet both = covered(font);
        both.and(covered(BOLD_BYTES));
        return both;
    }

    private static BitSet covered(byte[] font) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            BitSet covered = new BitSet(0x10000);
            for (int cp = 0x20; cp < 0x10000; cp++) {
                if (cmap.getGlyphId(cp) != 0) {
                    covered.set(cp);
                }
            }
            return covered;
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded font is unreadable", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the namc-documents jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Fonts(PDType0Font regular, PDType0Font bold) {
    }
}
