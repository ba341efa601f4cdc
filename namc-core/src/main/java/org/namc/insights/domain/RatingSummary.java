package org.namc.insights.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How members rated one feature's outputs from one model version: the mean rating and the
 * shares of accurate and helpful answers, exact decimals rounded half-even to two and four
 * places; {@code null} where nothing was answered.
 */
public record RatingSummary(String feature, @Nullable String modelVersion, long interactions, long rated,
                            @Nullable BigDecimal averageRating, List<Long> ratingCounts,
                            @Nullable BigDecimal accurateShare, @Nullable BigDecimal helpfulShare) {

    public RatingSummary {
        ratingCounts = List.copyOf(ratingCounts);
    }

    public static RatingSummary of(RatingTally t) {
        long rated = 0;
        long sum = 0;
        for (int r = 1; r <= 5; r++) {
            long n = t.ratingCounts().get(r - 1);
            rated += n;
            sum += n * r;
        }
        BigDecimal average = rated == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_EVEN);
        return new RatingSummary(t.feature(), t.modelVersion(), t.interactions(), rated, average, t.ratingCounts(),
                share(t.accurateYes(), t.accurateAnswered()), share(t.helpfulYes(), t.helpfulAnswered()));
    }

    private static @Nullable BigDecimal share(long yes, long answered) {
        return answered == 0 ? null : BigDecimal.valueOf(yes).divide(BigDecimal.valueOf(answered), 4, RoundingMode.HALF_EVEN);
    }
}
