package org.namc.documents.pdf;

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
    /**
     * The parsed fonts, one pair per thread: parsing them is most of the cost of a small document,
     * and a parsed font only ever reads its own bytes, but through a cursor that threads must not share.
     */
    private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(
            () -> new TrueTypeFont[] {parse(REGULAR_BYTES), parse(BOLD_BYTES)});

    private EmbeddedFonts() {
    }

    /** The pair of fonts, loaded into {@code document} for subsetting when it is saved. */
    static Fonts loadInto(PDDocument document) throws IOException {
        TrueTypeFont[] parsed = PARSED.get();
        return new Fonts(PDType0Font.load(document, parsed[0], true), PDType0Font.load(document, parsed[1], true));
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

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded font is unreadable", e);
        }
    }

    private static BitSet covered(byte[] font) {
        try (TrueTypeFont ttf = parse(font)) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            BitSet covered = new BitSet(0x10000);
            for (int cp = 0x20; cp < 0x10000; cp++) {
                if (cmap.getGlyphId(cp) != 0) {
                    covered.set(cp);
                }
            }
            return covered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
