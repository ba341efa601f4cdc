package org.namc.insights.domain;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/**
 * One output of an AI-assisted feature (the seed's {@code ai_feedback}): what went in and came
 * out (as the host serialised them), how confident and fast the model was, and what the member
 * thought of it: a rating from 1 to 5, a comment, accurate or not, helpful or not.
 */
public record AiInteraction(AiInteractionId id, @Nullable MemberId user, String feature, @Nullable AiModelId modelId,
                            @Nullable String modelVersion, String input, String output,
                            @Nullable BigDecimal confidence, @Nullable Integer responseTimeMillis,
                            Map<String, String> modelParameters, @Nullable String sessionId,
                            @Nullable String requestId, @Nullable Integer rating, @Nullable String feedbackText,
                            @Nullable Boolean accurate, @Nullable Boolean helpful, Instant createdAt,
                            @Nullable Instant ratedAt) {

    public AiInteraction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(createdAt, "createdAt");
        modelParameters = Collections.unmodifiableMap(new TreeMap<>(modelParameters));
    }

    /** Checks a recorded interaction; field names are those of the recording command. */
    public static Violations check(@Nullable String feature, @Nullable String modelVersion, @Nullable String input,
                                   @Nullable String output, @Nullable BigDecimal confidence,
                                   @Nullable Integer responseTimeMillis, @Nullable Map<String, String> parameters) {
        Violations v = Violations.collect()
                .check(feature != null && feature.matches("[a-z][a-z0-9_.-]{0,99}"), "feature", ViolationRule.FORMAT,
                        "must be lower case letters, digits, dots, dashes or underscores, at most 100")
                .maxLength(modelVersion, "modelVersion", 100)
                .required(input, "input").maxLength(input, "input", 100_000)
                .required(output, "output").maxLength(output, "output", 100_000)
                .check(responseTimeMillis == null || responseTimeMillis >= 0, "responseTimeMillis", ViolationRule.RANGE,
                        "must not be negative")
                .maxSize(parameters == null ? null : parameters.keySet(), "modelParameters", 100);
        Fractions.check(v, confidence, "confidence", 4);
        return v;
    }

    public boolean isRated() {
        return rating != null;
    }

    /** The member's feedback; rating again replaces the earlier feedback. */
    public AiInteraction rated(int newRating, @Nullable String text, @Nullable Boolean isAccurate,
                               @Nullable Boolean isHelpful, Instant now) {
        if (newRating < 1 || newRating > 5) {
            throw NamcException.invalid("rating", ViolationRule.RANGE, "must be from 1 to 5");
        }
        return new AiInteraction(id, user, feature, modelId, modelVersion, input, output, confidence, responseTimeMillis,
                modelParameters, sessionId, requestId, newRating, text, isAccurate, isHelpful, createdAt, now);
    }
}
