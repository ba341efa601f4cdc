package org.namc.shared.authorization;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An access decision with the reason a person can read: which grant, role and rule
 * allowed it, or why nothing did.
 */
public sealed interface Decision {

    String reason();

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    record Allowed(String reason) implements Decision {
    }

    /**
     * A refusal. Most refusals are only branched on, never read, so the reason may be given as
     * the way to explain it and is then written out the first time someone asks.
     */
    final class Denied implements Decision {
        private final Supplier<String> explanation;
        private volatile @Nullable String reason;

        public Denied(String reason) {
            this.reason = Objects.requireNonNull(reason, "reason");
            this.explanation = () -> reason;
        }

        private Denied(Supplier<String> explanation) {
            this.explanation = explanation;
        }

        /** A refusal whose reason {@code explanation} writes when first asked for. */
        public static Denied explainedBy(Supplier<String> explanation) {
            return new Denied(Objects.requireNonNull(explanation, "explanation"));
        }

        @Override
        public String reason() {
            String known = reason;
            if (known == null) {
                known = Objects.requireNonNull(explanation.get(), "reason");
                reason = known;
            }
            return known;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Denied other && reason().equals(other.reason());
        }

        @Override
        public int hashCode() {
            return reason().hashCode();
        }

        @Override
        public String toString() {
            return "Denied[reason=" + reason() + "]";
        }
    }
}
