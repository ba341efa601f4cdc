package org.namc.testing.inmemory;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.projects.domain.Project;

/**
 * A project's search vector: the lexemes of its title (weight A, 1.0), description (B, 0.4),
 * keywords (C, 0.2) and organisation (D, 0.1), each field in order so phrases can be found.
 */
final class SearchDocument {
    private static final double[] WEIGHTS = {1.0, 0.4, 0.2, 0.1};

    private final List<List<String>> fields = new ArrayList<>();

    SearchDocument(Project project) {
        var details = project.details();
        fields.add(lexemes(details.brief().title()));
        fields.add(lexemes(details.brief().description()));
        fields.add(lexemes(String.join(" ", details.brief().keywords())));
        fields.add(lexemes(details.contact().organization()));
    }

    private static List<String> lexemes(@Nullable String text) {
        return text == null ? List.of() : EnglishText.lexemes(text);
    }

    int occurrences(List<String> phrase) {
        int count = 0;
        for (List<String> field : fields) {
            count += occurrencesIn(field, phrase);
        }
        return count;
    }

    double weightedOccurrences(List<String> phrase) {
        double sum = 0;
        for (int f = 0; f < fields.size(); f++) {
            sum += WEIGHTS[f] * occurrencesIn(fields.get(f), phrase);
        }
        return sum;
    }

    private static int occurrencesIn(List<String> field, List<String> phrase) {
        int count = 0;
        for (int start = 0; start + phrase.size() <= field.size(); start++) {
            if (field.subList(start, start + phrase.size()).equals(phrase)) {
                count++;
            }
        }
        return count;
    }
}
