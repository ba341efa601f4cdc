package org.namc.insights.domain;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Counts over one feature and model version, as a store can sum them in one query:
 * interactions, how many got each rating (index 0 is rating 1), and the yes/answered counts of
 * the accurate and helpful flags.
 */
public record RatingTally(String feature, @Nullable String modelVersion, long interactions, List<Long> ratingCounts,
                          long accurateYes, long accurateAnswered, long helpfulYes, long helpfulAnswered) {
    public RatingTally {
        Objects.requireNonNull(feature, "feature");
        ratingCounts = List.copyOf(ratingCounts);
        if (ratingCounts.size() != 5) {
            throw new IllegalArgumentException("one count per rating 1..5");
        }
    }

    /** Adds one interaction to the tally. */
    public RatingTally plus(AiInteraction i) {
        Long[] counts = ratingCounts.toArray(Long[]::new);
        if (i.rating() != null) {
            counts[i.rating() - 1]++;
        }
        return new RatingTally(feature, modelVersion, interactions + 1, List.of(counts),
                accurateYes + (Boolean.TRUE.equals(i.accurate()) ? 1 : 0), accurateAnswered + (i.accurate() != null ? 1 : 0),
                helpfulYes + (Boolean.TRUE.equals(i.helpful()) ? 1 : 0), helpfulAnswered + (i.helpful() != null ? 1 : 0));
    }

    public static RatingTally empty(String feature, @Nullable String modelVersion) {
        return new RatingTally(feature, modelVersion, 0, List.of(0L, 0L, 0L, 0L, 0L), 0, 0, 0, 0);
    }
}
