package org.namc.learning.grading;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How short-text answers are compared: Unicode-decomposed with accents (combining marks)
 * removed, case-folded, and with runs of whitespace collapsed to one space and trimmed. So
 * {@code "  Café   Crème "} matches {@code "cafe creme"}.
 */
public final class TextMatching {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextMatching() {
    }

    public static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        String folded = unaccented.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    public static boolean matches(String answer, String accepted) {
        return normalise(answer).equals(normalise(accepted));
    }
}
