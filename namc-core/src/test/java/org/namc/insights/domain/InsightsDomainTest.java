package org.namc.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.NamcException;

class InsightsDomainTest {
    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

    private static AiModel model() {
        return AiModel.register(new AiModelId(new UUID(2, 2)), " matcher ", "1.0", AiModelType.PROJECT_MATCHING,
                ModelMetrics.UNKNOWN, Map.of(), null, null, NOW);
    }

    @Test
    void theAverageResponseTimeIsExactOverTimedRequests() {
        AiModel used = model().activated(NOW).used(100, NOW).used(null, NOW).used(101, NOW);

        assertThat(used.requestCount()).isEqualTo(3);
        assertThat(used.averageResponseMillis()).isEqualTo(new BigDecimal("100.50"));
        assertThat(model().averageResponseMillis()).isNull();
        assertThat(model().name()).isEqualTo("matcher");
    }

    @Test
    void onlyAnActiveModelGoesToProductionAndAProductionModelStaysActive() {
        assertThat(catchThrowableOfType(NamcException.class, () -> model().promoted(NOW)).reason())
                .isEqualTo(InsightsRefusal.MODEL_NOT_ACTIVE);
        AiModel live = model().activated(NOW).promoted(NOW);
        assertThat(catchThrowableOfType(NamcException.class, () -> live.deactivated(NOW)).reason())
                .isEqualTo(InsightsRefusal.MODEL_IN_PRODUCTION);
        assertThat(live.demoted(NOW).deactivated(NOW).active()).isFalse();
    }

    @Test
    void metricsAndConfidenceAreExactFractionsInRange() {
        NamcException e = catchThrowableOfType(NamcException.class, () -> new ModelMetrics(new BigDecimal("1.000001"),
                new BigDecimal("0.1234567"), new BigDecimal("-0.1"), BigDecimal.ONE));
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("accuracy", "range"),
                org.assertj.core.groups.Tuple.tuple("precision", "scale"),
                org.assertj.core.groups.Tuple.tuple("recall", "range"));
        assertThat(AiInteraction.check("match", "1", "{}", "{}", new BigDecimal("0.12345"), 5, Map.of()).list())
                .extracting(FieldViolation::rule).containsExactly("scale");
    }

    @Test
    void aSummaryAveragesRatingsAndSharesExactly() {
        RatingTally tally = new RatingTally("match", "2.0", 7, List.of(1L, 0L, 1L, 2L, 2L), 2, 3, 0, 0);

        RatingSummary summary = RatingSummary.of(tally);

        assertThat(summary.rated()).isEqualTo(6);
        assertThat(summary.averageRating()).isEqualTo(new BigDecimal("3.67"));
        assertThat(summary.accurateShare()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(summary.helpfulShare()).isNull();
        assertThat(RatingSummary.of(RatingTally.empty("match", null)).averageRating()).isNull();
    }
}
