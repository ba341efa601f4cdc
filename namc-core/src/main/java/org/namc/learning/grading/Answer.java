package org.namc.learning.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A learner's answer to one question. Which kind fits which question: {@link Choice} a
 * single-choice question, {@link Choices} a multiple-choice one, {@link TrueOrFalse},
 * {@link Number} a numeric one, {@link Text} a short-text or essay question. An empty
 * selection or blank text counts as unanswered.
 */
public sealed interface Answer {

    /** Whether the learner actually answered (not an empty selection or blank text). */
    boolean isGiven();

    record Choice(String optionId) implements Answer {
        public Choice {
            Objects.requireNonNull(optionId, "optionId");
        }

        @Override
        public boolean isGiven() {
            return !optionId.isBlank();
        }
    }

    /** The selected options in the order the learner picked them; the order never matters. */
    record Choices(List<String> optionIds) implements Answer {
        public Choices {
            optionIds = List.copyOf(optionIds);
        }

        public static Choices of(String... optionIds) {
            return new Choices(List.of(optionIds));
        }

        @Override
        public boolean isGiven() {
            return !optionIds.isEmpty();
        }
    }

    record TrueOrFalse(boolean value) implements Answer {
        @Override
        public boolean isGiven() {
            return true;
        }
    }

    record Number(BigDecimal value) implements Answer {
        public Number {
            Objects.requireNonNull(value, "value");
        }

        public static Number of(String value) {
            return new Number(new BigDecimal(value));
        }

        @Override
        public boolean isGiven() {
            return true;
        }
    }

    record Text(String value) implements Answer {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isGiven() {
            return !value.isBlank();
        }
    }
}
