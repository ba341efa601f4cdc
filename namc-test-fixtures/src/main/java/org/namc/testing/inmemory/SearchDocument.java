package org.namc.testing.inmemory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.Project;

/**
 * A project's search vector as the database's trigger builds it: the vectors of title (weight A,
 * 1.0), description (B, 0.4), keywords joined by spaces (C, 0.2) and organisation (D, 0.1),
 * concatenated with {@code ||}, which shifts each vector's positions by the highest position
 * before it. So a phrase may run from the end of one field into the next, as in PostgreSQL.
 */
final class SearchDocument {
    private static final double[] WEIGHTS = {1.0, 0.4, 0.2, 0.1};
    /** PostgreSQL keeps at most this many positions of one lexeme in one vector. */
    private static final int MAX_POSITIONS_PER_LEXEME = 255;

    /** Lexeme to its positions, each with the weight of its field. */
    private final Map<String, TreeMap<Integer, Double>> positions = new HashMap<>();

    SearchDocument(Project project) {
        var details = project.details();
        int offset = 0;
        offset = add(details.brief().title(), WEIGHTS[0], offset);
        offset = add(details.brief().description(), WEIGHTS[1], offset);
        offset = add(String.join(" ", details.brief().keywords()), WEIGHTS[2], offset);
        add(details.contact().organization(), WEIGHTS[3], offset);
    }

    /** Adds one field's vector after {@code offset}; returns the highest position so far. */
    private int add(@Nullable String text, double weight, int offset) {
        if (text == null) {
            return offset;
        }
        Map<String, Integer> counts = new HashMap<>();
        int highest = offset;
        for (EnglishText.Lexeme lexeme : EnglishText.lexemes(text)) {
            if (counts.merge(lexeme.text(), 1, Integer::sum) > MAX_POSITIONS_PER_LEXEME) {
                continue;
            }
            int position = Math.min(lexeme.position() + offset, EnglishText.MAX_POSITION);
            positions.computeIfAbsent(lexeme.text(), k -> new TreeMap<>()).putIfAbsent(position, weight);
            highest = Math.max(highest, position);
        }
        return highest;
    }

    /** The positions where {@code phrase} starts: each lexeme at the start plus its offset. */
    List<Integer> starts(List<WebSearchQuery.Term> phrase) {
        TreeMap<Integer, Double> first = positions.get(phrase.get(0).lexeme());
        if (first == null) {
            return List.of();
        }
        return first.keySet().stream().filter(start -> phrase.stream().allMatch(term -> {
            TreeMap<Integer, Double> at = positions.get(term.lexeme());
            return at != null && at.containsKey(start + term.offset());
        })).toList();
    }

    /** The weight of the field holding {@code position} of {@code lexeme}. */
    double weightAt(String lexeme, int position) {
        return positions.get(lexeme).get(position);
    }
}
