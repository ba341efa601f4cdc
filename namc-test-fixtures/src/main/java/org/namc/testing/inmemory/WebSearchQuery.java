package org.namc.testing.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed web-search query, as PostgreSQL's {@code websearch_to_tsquery} reads one:
 * words must all occur, {@code "quoted words"} must occur in a row, {@code or} separates
 * alternatives (AND binds tighter), {@code -word} excludes. A query of stop words only
 * matches nothing, as in PostgreSQL.
 */
final class WebSearchQuery {
    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");

    /** One word or phrase (lexemes in a row), possibly negated. */
    record Atom(List<String> lexemes, boolean negated) {
    }

    private final List<List<Atom>> alternatives;

    private WebSearchQuery(List<List<Atom>> alternatives) {
        this.alternatives = alternatives;
    }

    static WebSearchQuery parse(String text) {
        List<List<Atom>> alternatives = new ArrayList<>();
        List<Atom> current = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(2) != null) {
                addAtom(current, m.group(2), !m.group(1).isEmpty());
            } else if (m.group(3).equalsIgnoreCase("or")) {
                if (!current.isEmpty()) {
                    alternatives.add(current);
                    current = new ArrayList<>();
                }
            } else {
                String word = m.group(3);
                boolean negated = word.startsWith("-") && word.length() > 1;
                addAtom(current, negated ? word.substring(1) : word, negated);
            }
        }
        if (!current.isEmpty()) {
            alternatives.add(current);
        }
        return new WebSearchQuery(alternatives);
    }

    private static void addAtom(List<Atom> clause, String text, boolean negated) {
        List<String> lexemes = EnglishText.lexemes(text);
        if (!lexemes.isEmpty()) {
            clause.add(new Atom(lexemes, negated));
        }
    }

    /**
     * The document's relevance, or -1 when it does not match. Relevance adds the weight of the
     * field (title 1.0, description 0.4, keywords 0.2, organisation 0.1) for every occurrence
     * of every searched word or phrase: {@code ts_rank_cd}'s order for these queries.
     */
    double relevance(SearchDocument document) {
        boolean matched = false;
        for (List<Atom> clause : alternatives) {
            if (clause.stream().allMatch(atom -> document.occurrences(atom.lexemes()) > 0 != atom.negated())) {
                matched = true;
                break;
            }
        }
        if (!matched) {
            return -1;
        }
        double relevance = 0;
        for (List<Atom> clause : alternatives) {
            for (Atom atom : clause) {
                if (!atom.negated()) {
                    relevance += document.weightedOccurrences(atom.lexemes());
                }
            }
        }
        return relevance;
    }
}
