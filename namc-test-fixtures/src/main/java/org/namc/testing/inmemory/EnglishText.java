package org.namc.testing.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * PostgreSQL's {@code to_tsvector('english', text)} in the JVM: the default parser's tokens
 * ({@link TextParser}), each numbered in order; words (plain, hyphenated and their parts) go
 * through the {@code english_stem} dictionary (lower case, PostgreSQL's english stop words,
 * which keep their position but leave no lexeme, then the Snowball English stemmer), every
 * other token through {@code simple} (lower case). The persistence tests compare the vectors
 * with the database's for a generated corpus.
 */
public final class EnglishText {
    /** PostgreSQL's {@code english.stop}, all 127 of them. */
    private static final Set<String> STOP_WORDS = Set.of("i", "me", "my", "myself", "we", "our", "ours",
            "ourselves", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she",
            "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what",
            "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been",
            "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an", "the", "and", "but",
            "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against",
            "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down",
            "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when",
            "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no",
            "nor", "not", "only", "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don",
            "should", "now");
    /** PostgreSQL keeps positions below 2^14. */
    static final int MAX_POSITION = 16_383;
    /** PostgreSQL ignores words this long or longer. */
    private static final int MAX_WORD_BYTES = 2_047;

    /** One lexeme at its position; a stop word holds a position with no lexeme and is not listed. */
    public record Lexeme(String text, int position) {
    }

    private EnglishText() {
    }

    /** The lexemes of {@code text} with their positions (from 1), in order. */
    public static List<Lexeme> lexemes(String text) {
        EnglishStemmer stemmer = new EnglishStemmer();
        List<Lexeme> found = new ArrayList<>();
        int position = 0;
        for (TextParser.Token token : TextParser.tokens(text)) {
            if (token.text().length() >= MAX_WORD_BYTES) {
                continue;
            }
            position = Math.min(position + 1, MAX_POSITION);
            String lower = token.text().toLowerCase(Locale.ROOT);
            if (!token.kind().stemmed) {
                found.add(new Lexeme(lower, position));
            } else if (!STOP_WORDS.contains(lower)) {
                stemmer.setCurrent(lower);
                stemmer.stem();
                found.add(new Lexeme(stemmer.getCurrent(), position));
            }
        }
        return found;
    }

    /**
     * The vector as PostgreSQL prints {@code to_tsvector('english', text)}: lexemes in byte order,
     * each quoted with its positions ({@code 'bridg':2,5 'pedestrian':1}).
     */
    public static String tsvector(String text) {
        Map<String, TreeSet<Integer>> positions = new TreeMap<>(EnglishText::compareBytes);
        for (Lexeme lexeme : lexemes(text)) {
            positions.computeIfAbsent(lexeme.text(), k -> new TreeSet<>()).add(lexeme.position());
        }
        List<String> entries = new ArrayList<>();
        positions.forEach((lexeme, at) -> entries.add("'" + lexeme.replace("'", "''") + "':"
                + String.join(",", at.stream().map(String::valueOf).toList())));
        return String.join(" ", entries);
    }

    /** PostgreSQL orders lexemes by their UTF-8 bytes, unsigned, a prefix first. */
    static int compareBytes(String a, String b) {
        byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    }
}
