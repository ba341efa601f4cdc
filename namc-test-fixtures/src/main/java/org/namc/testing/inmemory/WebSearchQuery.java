package org.namc.testing.inmemory;

import java.util.ArrayList;
import java.util.List;

/**
 * A query as PostgreSQL's {@code websearch_to_tsquery('english', text)} reads it: alternatives
 * separated by {@code or} (AND binds tighter), each a conjunction of operands, each operand
 * negated by every {@code -} before it. An operand is a {@code "quoted text"} or a run of
 * characters up to a space, a quote, a colon or one of {@code ! & | ( ) <}; its text goes through
 * {@link EnglishText}, and several lexemes make a phrase whose gaps are their position gaps
 * ({@code K-12} is {@code 'k' <-> '-12'}, {@code "array of lights"} is {@code 'array' <2> 'light'}).
 * An operand without lexemes (stop words, punctuation) drops out with its negation; a query left
 * with no operand matches nothing.
 */
final class WebSearchQuery {
    /** A lexeme of a phrase, {@code offset} positions after the phrase's first. */
    record Term(String lexeme, int offset) {
    }

    /** An operand: a phrase of one or more terms, negated or not. */
    record Operand(List<Term> phrase, boolean negated) {
    }

    private final List<List<Operand>> alternatives;

    private WebSearchQuery(List<List<Operand>> alternatives) {
        this.alternatives = alternatives;
    }

    static WebSearchQuery parse(String text) {
        return new Reader(text).read();
    }

    /** Whether the query has any operand left; without one it matches nothing. */
    boolean isEmpty() {
        return alternatives.isEmpty();
    }

    /**
     * The document's relevance, or -1 when it does not match. Relevance adds, for every
     * occurrence of every operand that is not negated, the weight of the field where it starts
     * (title 1.0, description 0.4, keywords 0.2, organisation 0.1): {@code ts_rank_cd}'s order for
     * these queries.
     */
    double relevance(SearchDocument document) {
        boolean matched = alternatives.stream().anyMatch(clause -> clause.stream()
                .allMatch(operand -> !document.starts(operand.phrase()).isEmpty() != operand.negated()));
        if (!matched) {
            return -1;
        }
        double relevance = 0;
        for (List<Operand> clause : alternatives) {
            for (Operand operand : clause) {
                if (!operand.negated()) {
                    String first = operand.phrase().get(0).lexeme();
                    for (int start : document.starts(operand.phrase())) {
                        relevance += document.weightAt(first, start);
                    }
                }
            }
        }
        return relevance;
    }

    /** The reading of {@code websearch_to_tsquery}'s tokenizer, one character at a time. */
    private static final class Reader {
        private final String s;
        private final List<List<Operand>> alternatives = new ArrayList<>();
        private List<Operand> clause = new ArrayList<>();
        private int negations;
        private int i;

        Reader(String text) {
            this.s = text;
        }

        WebSearchQuery read() {
            boolean waitingForOperand = true;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (waitingForOperand) {
                    if (c == '-') {
                        negations++;
                        i++;
                    } else if (c == '"') {
                        int close = s.indexOf('"', i + 1);
                        int end = close < 0 ? s.length() : close;
                        operand(s.substring(i + 1, end));
                        i = close < 0 ? end : end + 1;
                        waitingForOperand = false;
                    } else if (isOperator(c)) {
                        i++;
                    } else if (Character.isWhitespace(c)) {
                        i++;
                    } else {
                        int end = i + 1;
                        while (end < s.length() && !endsWord(s.charAt(end))) {
                            end++;
                        }
                        operand(s.substring(i, end));
                        i = end;
                        waitingForOperand = false;
                    }
                } else if (c == '"') {
                    waitingForOperand = true;
                } else if (isOr()) {
                    alternative();
                    i += 2;
                    waitingForOperand = true;
                } else if (!Character.isWhitespace(c)) {
                    waitingForOperand = true;
                } else {
                    i++;
                }
            }
            alternative();
            return new WebSearchQuery(alternatives);
        }

        /** {@code or} followed by a character that cannot continue a word, and later by an operand. */
        private boolean isOr() {
            if (!s.regionMatches(true, i, "or", 0, 2) || i + 2 >= s.length()) {
                return false;
            }
            char after = s.charAt(i + 2);
            if (after == '-' || after == '_' || TextParser.isAlnum(after)) {
                return false;
            }
            for (int k = i + 3; k < s.length(); k++) {
                if (!Character.isWhitespace(s.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        private void operand(String text) {
            List<EnglishText.Lexeme> lexemes = EnglishText.lexemes(text);
            boolean negated = negations % 2 == 1;
            negations = 0;
            if (lexemes.isEmpty()) {
                return;
            }
            int first = lexemes.get(0).position();
            clause.add(new Operand(lexemes.stream().map(l -> new Term(l.text(), l.position() - first)).toList(),
                    negated));
        }

        private void alternative() {
            negations = 0;
            if (!clause.isEmpty()) {
                alternatives.add(clause);
            }
            clause = new ArrayList<>();
        }

        private static boolean endsWord(char c) {
            return Character.isWhitespace(c) || isOperator(c) || c == '"' || c == ':';
        }

        private static boolean isOperator(char c) {
            return c == '!' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<';
        }
    }
}
