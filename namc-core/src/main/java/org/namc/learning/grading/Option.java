package org.namc.learning.grading;

import org.namc.shared.domain.ViolationRule;
import java.util.regex.Pattern;
import org.namc.shared.domain.Violations;

/** One option of a choice question; its id ({@code a}, {@code b}, ...) is unique within the question. */
public record Option(String id, String text) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    public Option {
        Violations.collect()
                .check(id != null && ID.matcher(id).matches(), "id", ViolationRule.FORMAT,
                        "must be 1 to 40 letters, digits, dashes or underscores")
                .notBlank(text, "text", 1_000)
                .throwIfAny();
        text = text.strip();
    }

    public static Option of(String id, String text) {
        return new Option(id, text);
    }
}
