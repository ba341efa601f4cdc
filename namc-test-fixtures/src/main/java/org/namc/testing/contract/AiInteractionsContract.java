package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.namc.insights.domain.AiInteraction;
import org.namc.insights.domain.AiInteractionId;
import org.namc.insights.domain.RatingTally;
import org.namc.insights.spi.AiInteractions;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;

/** What every {@link AiInteractions} adapter must do. */
public abstract class AiInteractionsContract {
    protected static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    private final MemberId maria = new MemberId(UUID.randomUUID());

    /** An empty store. */
    protected abstract AiInteractions interactions();

    /** Makes the member exist, for adapters whose schema needs it; the in-memory store needs nothing. */
    protected void memberExists(MemberId member) {
    }

    private AiInteraction stored(String feature, @Nullable String version, int second) {
        memberExists(maria);
        AiInteraction i = new AiInteraction(new AiInteractionId(UUID.randomUUID()), maria, feature, null, version,
                "{\"in\":1}", "{\"out\":2}", new BigDecimal("0.9312"), 85, Map.of("temperature", "0.2"), "s-1", "r-1",
                null, null, null, null, NOW.plusSeconds(second), null);
        interactions().save(i);
        return i;
    }

    @Test
    void keepsEveryFieldAndTheFeedbackThroughARoundTrip() {
        AiInteraction i = stored("match-scoring", "2.0", 0);
        AiInteraction rated = i.rated(4, "Close match", true, null, NOW.plusSeconds(30));
        interactions().save(rated);

        assertThat(interactions().findById(i.id())).contains(rated);
    }

    @Test
    void pagesAFeaturesInteractionsNewestFirst() {
        AiInteraction a = stored("match-scoring", "1.0", 1);
        AiInteraction b = stored("match-scoring", "1.0", 2);
        stored("bid-summary", "1.0", 3);

        assertThat(interactions().byFeature("match-scoring", PageRequest.first(10)).items()).containsExactly(b, a);
    }

    @Test
    void talliesRatingsAndFlagsPerModelVersion() {
        interactions().save(stored("match-scoring", "1.0", 1).rated(5, null, true, true, NOW));
        interactions().save(stored("match-scoring", "1.0", 2).rated(3, null, false, null, NOW));
        stored("match-scoring", "1.0", 3);
        interactions().save(stored("match-scoring", null, 4).rated(1, null, null, false, NOW));

        List<RatingTally> tallies = interactions().talliesFor("match-scoring");

        assertThat(tallies).extracting(RatingTally::modelVersion).containsExactly(null, "1.0");
        assertThat(tallies.get(1)).isEqualTo(new RatingTally("match-scoring", "1.0", 3, List.of(0L, 0L, 1L, 0L, 1L),
                1, 2, 1, 1));
        assertThat(tallies.get(0).ratingCounts()).containsExactly(1L, 0L, 0L, 0L, 0L);
        assertThat(interactions().talliesFor("unknown")).isEmpty();
    }
}
