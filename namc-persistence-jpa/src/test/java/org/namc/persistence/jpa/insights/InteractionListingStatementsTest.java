package org.namc.persistence.jpa.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.insights.domain.AiInteraction;
import org.namc.insights.domain.AiInteractionId;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;

/** A feature's page of interactions and its tallies cost the same statements for 3 rows as for 60. */
class InteractionListingStatementsTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    @Test
    void pagesAndTalliesDoNotQueryPerRow() {
        db.truncateAll();
        MemberId maria = db.persistence().members().save(aMember().member(new MemberId(UUID.randomUUID()), NOW)).id();
        record(maria, 3);
        long fewPage = statementsOfPage();
        long fewTallies = statementsOfTallies();
        record(maria, 57);

        assertThat(fewPage).isEqualTo(2);
        assertThat(fewTallies).isEqualTo(1);
        assertThat(statementsOfPage()).isEqualTo(fewPage);
        assertThat(statementsOfTallies()).isEqualTo(fewTallies);
    }

    private long statementsOfPage() {
        return db.statementsOf(() -> assertThat(db.persistence().transactions().inTransaction(() ->
                db.persistence().aiInteractions().byFeature("match-scoring", PageRequest.first(100)).items()))
                .isNotEmpty());
    }

    private long statementsOfTallies() {
        return db.statementsOf(() -> assertThat(db.persistence().aiInteractions().talliesFor("match-scoring"))
                .isNotEmpty());
    }

    /** Interactions spread over three model versions, every other one rated. */
    private static void record(MemberId member, int count) {
        for (int i = 0; i < count; i++) {
            AiInteraction shown = new AiInteraction(new AiInteractionId(UUID.randomUUID()), member, "match-scoring",
                    null, "v" + (i % 3), "{}", "{}", new BigDecimal("0.5"), 90, Map.of("k", "v"), null, null,
                    null, null, null, null, NOW.plusSeconds(i), null);
            db.persistence().aiInteractions().save(i % 2 == 0 ? shown : shown.rated(1 + i % 5, null, true, null, NOW));
        }
    }
}
