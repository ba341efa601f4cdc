package org.namc.testing.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns English text into the lexemes full-text search compares, like PostgreSQL's
 * {@code english} configuration in the cases that matter to search: lower case, words of
 * letters and digits, stop words dropped, and a light stemmer (Porter's steps 1 and 5) so that
 * plurals and -ed/-ing forms meet their stems ({@code bridges}, {@code bridge}; {@code roofing},
 * {@code roof}). PostgreSQL's Snowball stemmer also folds derived forms ({@code electrical},
 * {@code electric}); this one does not.
 */
final class EnglishText {
    /** PostgreSQL's english stop words, the common part. */
    private static final Set<String> STOP_WORDS = Set.of("a", "about", "above", "after", "again", "against", "all",
            "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
            "between", "both", "but", "by", "can", "did", "do", "does", "doing", "down", "during", "each", "few",
            "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
            "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more",
            "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
            "our", "ours", "ourselves", "out", "over", "own", "s", "same", "she", "should", "so", "some", "such",
            "t", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
            "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
            "when", "where", "which", "while", "who", "whom", "why", "will", "with", "you", "your", "yours",
            "yourself", "yourselves");

    private EnglishText() {
    }

    /** The lexemes of {@code text} in order; stop words leave no lexeme. */
    static List<String> lexemes(String text) {
        List<String> found = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                found.add(stem(word));
            }
        }
        return found;
    }

    static String stem(String word) {
        if (word.length() <= 2 || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        String w = step1a(word);
        w = step1b(w);
        w = step1c(w);
        return step5(w);
    }

    private static String step1a(String w) {
        if (w.endsWith("sses")) {
            return cut(w, 2);
        }
        if (w.endsWith("ies")) {
            return cut(w, 2);
        }
        if (w.endsWith("ss")) {
            return w;
        }
        if (w.endsWith("s")) {
            return cut(w, 1);
        }
        return w;
    }

    private static String step1b(String w) {
        if (w.endsWith("eed")) {
            return measure(cut(w, 3)) > 0 ? cut(w, 1) : w;
        }
        String stem;
        if (w.endsWith("ed") && hasVowel(cut(w, 2))) {
            stem = cut(w, 2);
        } else if (w.endsWith("ing") && hasVowel(cut(w, 3))) {
            stem = cut(w, 3);
        } else {
            return w;
        }
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
            return stem + "e";
        }
        if (endsWithDoubleConsonant(stem) && !(stem.endsWith("l") || stem.endsWith("s") || stem.endsWith("z"))) {
            return cut(stem, 1);
        }
        if (measure(stem) == 1 && endsCvc(stem)) {
            return stem + "e";
        }
        return stem;
    }

    private static String step1c(String w) {
        return w.endsWith("y") && hasVowel(cut(w, 1)) ? cut(w, 1) + "i" : w;
    }

    private static String step5(String w) {
        if (w.endsWith("e")) {
            String stem = cut(w, 1);
            int m = measure(stem);
            if (m > 1 || m == 1 && !endsCvc(stem)) {
                w = stem;
            }
        }
        if (measure(w) > 1 && endsWithDoubleConsonant(w) && w.endsWith("l")) {
            w = cut(w, 1);
        }
        return w;
    }

    private static String cut(String w, int n) {
        return w.substring(0, w.length() - n);
    }

    private static boolean isConsonant(String w, int i) {
        char c = w.charAt(i);
        if ("aeiou".indexOf(c) >= 0) {
            return false;
        }
        return c != 'y' || i == 0 || !isConsonant(w, i - 1);
    }

    /** Porter's m: the number of vowel-consonant sequences. */
    private static int measure(String w) {
        int m = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean consonant = isConsonant(w, i);
            if (!consonant) {
                inVowel = true;
            } else if (inVowel) {
                m++;
                inVowel = false;
            }
        }
        return m;
    }

    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isConsonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithDoubleConsonant(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && isConsonant(w, n - 1);
    }

    private static boolean endsCvc(String w) {
        int n = w.length();
        if (n < 3 || !isConsonant(w, n - 3) || isConsonant(w, n - 2) || !isConsonant(w, n - 1)) {
            return false;
        }
        char last = w.charAt(n - 1);
        return last != 'w' && last != 'x' && last != 'y';
    }
}
