package org.namc.testing.inmemory;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens the way PostgreSQL's default text-search parser does ({@code ts_debug}
 * shows its tokens), for the token types a portal's texts hold: words, hyphenated words and their
 * parts, numbers (signed, decimal, scientific, versions), e-mail addresses, hosts, URLs with their
 * host and path, and file paths; protocols ({@code https://}), XML entities and tags are skipped, as
 * the {@code english} configuration indexes none of them. The rules were read off {@code ts_debug}
 * and are checked against it on a generated corpus ({@code EnglishTextAgreementTest} in the
 * PostgreSQL adapter's tests).
 */
final class TextParser {
    /** The token types the {@code english} configuration indexes; {@link #stemmed} ones go to {@code english_stem}. */
    enum Kind {
        ASCIIWORD(true), WORD(true), NUMWORD(false),
        ASCIIHWORD(true), HWORD(true), NUMHWORD(false),
        HWORD_ASCIIPART(true), HWORD_PART(true), HWORD_NUMPART(false),
        EMAIL(false), URL(false), HOST(false), URL_PATH(false), FILE(false),
        INT(false), UINT(false), FLOAT(false), SFLOAT(false), VERSION(false);

        final boolean stemmed;

        Kind(boolean stemmed) {
            this.stemmed = stemmed;
        }
    }

    record Token(Kind kind, String text) {
    }

    private final String s;
    private final int n;
    private final List<Token> tokens = new ArrayList<>();

    private TextParser(String text) {
        this.s = text;
        this.n = text.length();
    }

    static List<Token> tokens(String text) {
        TextParser parser = new TextParser(text);
        parser.run();
        return parser.tokens;
    }

    private void run() {
        int i = 0;
        while (i < n) {
            i = next(i);
        }
    }

    /** Reads the token (or skips the separator) at {@code i}; returns where to go on. */
    private int next(int i) {
        char c = s.charAt(i);
        if (isAsciiAlnum(c)) {
            int email = email(i);
            if (email > 0) {
                return emit(Kind.EMAIL, i, email);
            }
        }
        if ((c == '-' || c == '+') && i + 1 < n && isDigit(s.charAt(i + 1))) {
            return signedNumber(i);
        }
        if (isDigit(c)) {
            return number(i);
        }
        if (isLetter(c)) {
            return word(i);
        }
        if (c == '/') {
            int file = filePath(i, i);
            if (file > 0) {
                return emit(Kind.FILE, i, file);
            }
        }
        if (c == '&') {
            return Math.max(i + 1, entity(i));
        }
        if (c == '<') {
            return Math.max(i + 1, tag(i));
        }
        return i + 1;
    }

    private int emit(Kind kind, int from, int to) {
        tokens.add(new Token(kind, s.substring(from, to)));
        return to;
    }

    // --- words -------------------------------------------------------------------------------

    private int word(int i) {
        int j = i;
        while (j < n && isAsciiLetter(s.charAt(j))) {
            j++;
        }
        if (j == i || j < n && isLetter(s.charAt(j)) && !isAsciiLetter(s.charAt(j))) {
            return nonAsciiWord(i, j);
        }
        char next = j < n ? s.charAt(j) : ' ';
        if (next == '.') {
            int end = hostOrUrl(i);
            if (end > 0) {
                return end;
            }
            int file = filePath(i, j);
            return file > 0 ? emit(Kind.FILE, i, file) : emit(Kind.ASCIIWORD, i, j);
        }
        if (next == '-') {
            int end = hostOrUrl(i);
            if (end > 0) {
                return end;
            }
            end = hyphenated(i);
            return end > 0 ? end : emit(Kind.ASCIIWORD, i, j);
        }
        if (next == ':' && s.startsWith("://", j)) {
            return j + 3; // a protocol: not indexed
        }
        if (next == '/') {
            int file = filePath(i, j);
            return file > 0 ? emit(Kind.FILE, i, file) : emit(Kind.ASCIIWORD, i, j);
        }
        if (isDigit(next)) {
            int end = hostOrUrl(i);
            return end > 0 ? end : numWord(i, j);
        }
        return emit(Kind.ASCIIWORD, i, j);
    }

    private int nonAsciiWord(int i, int j) {
        while (j < n && isLetter(s.charAt(j))) {
            j++;
        }
        if (j < n && isDigit(s.charAt(j))) {
            return numWord(i, j);
        }
        if (j < n && s.charAt(j) == '-') {
            int end = hyphenated(i);
            if (end > 0) {
                return end;
            }
        }
        return emit(Kind.WORD, i, j);
    }

    /** A word of letters and digits from {@code i}, read up to {@code j} already. */
    private int numWord(int i, int j) {
        while (j < n && isAlnum(s.charAt(j))) {
            j++;
        }
        char next = j < n ? s.charAt(j) : ' ';
        if (next == '-') {
            int end = hyphenated(i);
            if (end > 0) {
                return end;
            }
        } else if (next == '/' || next == '.') {
            int file = filePath(i, j);
            if (file > 0) {
                return emit(Kind.FILE, i, file);
            }
        }
        return emit(Kind.NUMWORD, i, j);
    }

    /**
     * Words joined by single hyphens, each part holding a letter: the whole ({@code hword}), then
     * each part. A number after the last hyphen is not signed ({@code foo-bar-12}: {@code 12}).
     */
    private int hyphenated(int i) {
        List<int[]> parts = new ArrayList<>();
        int p = i;
        while (true) {
            int end = p;
            while (end < n && isAlnum(s.charAt(end))) {
                end++;
            }
            if (end == p || !hasLetter(p, end)) {
                break;
            }
            parts.add(new int[] {p, end});
            if (end + 1 < n && s.charAt(end) == '-' && isAlnum(s.charAt(end + 1))) {
                p = end + 1;
            } else {
                break;
            }
        }
        if (parts.size() < 2) {
            return -1;
        }
        int end = parts.get(parts.size() - 1)[1];
        boolean digits = false;
        boolean ascii = true;
        for (int k = i; k < end; k++) {
            char c = s.charAt(k);
            digits |= isDigit(c);
            ascii &= c < 0x80;
        }
        emit(digits ? Kind.NUMHWORD : ascii ? Kind.ASCIIHWORD : Kind.HWORD, i, end);
        for (int[] part : parts) {
            boolean partDigits = false;
            boolean partAscii = true;
            for (int k = part[0]; k < part[1]; k++) {
                partDigits |= isDigit(s.charAt(k));
                partAscii &= s.charAt(k) < 0x80;
            }
            emit(partDigits ? Kind.HWORD_NUMPART : partAscii ? Kind.HWORD_ASCIIPART : Kind.HWORD_PART,
                    part[0], part[1]);
        }
        return end + 1 < n && s.charAt(end) == '-' && isDigit(s.charAt(end + 1)) ? end + 1 : end;
    }

    private boolean hasLetter(int from, int to) {
        for (int k = from; k < to; k++) {
            if (isLetter(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    // --- numbers -----------------------------------------------------------------------------

    private int number(int i) {
        int j = digitsFrom(i);
        char next = j < n ? s.charAt(j) : ' ';
        if (next == '.') {
            int end = hostOrUrl(i);
            if (end > 0) {
                return end;
            }
            if (j + 1 < n && isDigit(s.charAt(j + 1))) {
                return decimal(i, digitsFrom(j + 1), true);
            }
            return emit(Kind.UINT, i, j);
        }
        if (next == 'e' || next == 'E') {
            int mantissa = mantissa(j);
            if (mantissa > 0) {
                return emit(Kind.SFLOAT, i, mantissa);
            }
        }
        if (isAsciiLetter(next)) {
            int end = hostOrUrl(i);
            return end > 0 ? end : numWord(i, j);
        }
        if (isLetter(next)) {
            return numWord(i, j);
        }
        if (next == '/') {
            int file = filePath(i, j);
            if (file > 0) {
                return emit(Kind.FILE, i, file);
            }
        }
        return emit(Kind.UINT, i, j);
    }

    /** {@code digits.digits} read up to {@code j}: a decimal, a version ({@code 1.5.2}) or scientific. */
    private int decimal(int i, int j, boolean unsigned) {
        if (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            if (!unsigned) {
                return i + 1; // "-1.2.3": the sign is dropped and the version read on its own
            }
            int end = j;
            while (end + 1 < n && s.charAt(end) == '.' && isDigit(s.charAt(end + 1))) {
                end = digitsFrom(end + 1);
            }
            return emit(Kind.VERSION, i, end);
        }
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int mantissa = mantissa(j);
            if (mantissa > 0) {
                return emit(Kind.SFLOAT, i, mantissa);
            }
        }
        return emit(Kind.FLOAT, i, j);
    }

    private int signedNumber(int i) {
        int j = digitsFrom(i + 1);
        if (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            return decimal(i, digitsFrom(j + 1), false);
        }
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int mantissa = mantissa(j);
            if (mantissa > 0) {
                return emit(Kind.SFLOAT, i, mantissa);
            }
        }
        return emit(Kind.INT, i, j);
    }

    /** The end of {@code e[+-]digits} at {@code j}, or -1. */
    private int mantissa(int j) {
        int k = j + 1;
        if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
            k++;
        }
        return k < n && isDigit(s.charAt(k)) ? digitsFrom(k) : -1;
    }

    private int digitsFrom(int i) {
        int j = i;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    // --- hosts, URLs, e-mail, files ------------------------------------------------------------

    /** A host at {@code i} (with a URL when a path follows), emitted; or -1. */
    private int hostOrUrl(int i) {
        int host = host(i);
        if (host < 0) {
            return -1;
        }
        if (host + 1 < n && s.charAt(host) == '/' && isUrlPathChar(s.charAt(host + 1))) {
            int end = host + 1;
            while (end < n && isUrlPathChar(s.charAt(end))) {
                end++;
            }
            emit(Kind.URL, i, end);
            emit(Kind.HOST, i, host);
            emit(Kind.URL_PATH, host, end);
            return end;
        }
        return emit(Kind.HOST, i, host);
    }

    /**
     * The end of the host name at {@code i}, or -1: ASCII labels of letters and digits (inner
     * hyphens allowed) joined by dots, the last label of two or more letters and not followed by a
     * digit; the longest such name wins. A {@code :port} belongs to it.
     */
    private int host(int i) {
        int best = -1;
        int labelStart = i;
        boolean dotted = false;
        int p = i;
        while (p < n) {
            char c = s.charAt(p);
            if (isAsciiLetter(c) || isDigit(c)) {
                p++;
                continue;
            }
            if (dotted && p - labelStart >= 2 && allAsciiLetters(labelStart, p) && !isDigit(c)) {
                best = p;
            }
            if ((c == '.' || c == '-') && p + 1 < n && isAsciiAlnum(s.charAt(p + 1)) && p > labelStart) {
                if (c == '.') {
                    dotted = true;
                    labelStart = p + 1;
                }
                p++;
                continue;
            }
            break;
        }
        if (p == n && dotted && p - labelStart >= 2 && allAsciiLetters(labelStart, p)) {
            best = p;
        }
        if (best > 0 && best + 1 < n && s.charAt(best) == ':' && isDigit(s.charAt(best + 1))) {
            best = digitsFrom(best + 1);
        }
        return best;
    }

    private boolean allAsciiLetters(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isAsciiLetter(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** {@code local@host}: the local part of ASCII letters, digits, {@code . _ -}; or -1. */
    private int email(int i) {
        int j = i;
        while (j < n && (isAsciiAlnum(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '_' || s.charAt(j) == '-')) {
            j++;
        }
        if (j >= n || s.charAt(j) != '@' || j + 1 >= n || !isAsciiAlnum(s.charAt(j + 1))) {
            return -1;
        }
        return host(j + 1);
    }

    /**
     * A file path from {@code i}, whose first run ends at {@code j} (a {@code /} or {@code .}):
     * runs of letters, digits, {@code _} and {@code -}, joined by {@code /} or {@code .}; or -1.
     */
    private int filePath(int i, int j) {
        int end = -1;
        int p = j;
        while (p + 1 < n) {
            char c = s.charAt(p);
            char after = s.charAt(p + 1);
            if (!(c == '/' || c == '.') || !(isAsciiAlnum(after) || after == '_')) {
                break;
            }
            p++;
            while (p < n && (isAsciiAlnum(s.charAt(p)) || s.charAt(p) == '_' || s.charAt(p) == '-')) {
                p++;
            }
            end = p;
        }
        return end;
    }

    // --- markup, skipped -----------------------------------------------------------------------

    /** The end of an XML entity ({@code &amp;}, {@code &#38;}) at {@code i}, or -1. */
    private int entity(int i) {
        int j = i + 1;
        if (j < n && s.charAt(j) == '#') {
            j++;
        }
        int start = j;
        while (j < n && isAsciiAlnum(s.charAt(j))) {
            j++;
        }
        return j > start && j < n && s.charAt(j) == ';' ? j + 1 : -1;
    }

    /** The end of a tag ({@code <b>}, {@code </p>}) at {@code i}, or -1. */
    private int tag(int i) {
        int j = i + 1;
        if (j < n && s.charAt(j) == '/') {
            j++;
        }
        if (j >= n || !isAsciiLetter(s.charAt(j))) {
            return -1;
        }
        while (j < n && s.charAt(j) != '>' && s.charAt(j) != '<') {
            j++;
        }
        return j < n && s.charAt(j) == '>' ? j + 1 : -1;
    }

    // --- character classes ---------------------------------------------------------------------

    private static boolean isUrlPathChar(char c) {
        return !Character.isWhitespace(c) && c != '"' && c != '\'';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }

    static boolean isLetter(char c) {
        return isAsciiLetter(c) || c >= 0x80 && Character.isLetter(c);
    }

    static boolean isAlnum(char c) {
        return isLetter(c) || isDigit(c);
    }
}
