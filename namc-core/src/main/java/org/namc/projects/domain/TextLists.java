package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.LinkedHashSet;
import java.util.List;
import org.namc.shared.domain.Violations;

/** Lists of short texts (keywords, sectors, requirements): checked, trimmed, each kept once. */
final class TextLists {
    private TextLists() {
    }

    static Violations check(Violations violations, List<String> values, String field, int maxSize, int maxLength) {
        return violations.maxSize(values, field, maxSize)
                .check(values.stream().allMatch(v -> v != null && !v.isBlank() && v.strip().length() <= maxLength),
                        field, ViolationRule.FORMAT, "each entry must be 1 to " + maxLength + " characters");
    }

    static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }
}
