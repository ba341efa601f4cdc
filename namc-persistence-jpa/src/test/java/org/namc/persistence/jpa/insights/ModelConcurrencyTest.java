package org.namc.persistence.jpa.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.insights.domain.AiModel;
import org.namc.insights.domain.AiModelId;
import org.namc.insights.domain.AiModelType;
import org.namc.insights.domain.ModelMetrics;
import org.namc.insights.spi.AiModels;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.NamcException;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.Concurrently;

/** Concurrent transactions on PostgreSQL: every request counts, and one production model per type holds. */
class ModelConcurrencyTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    @BeforeEach
    void emptyRegistry() {
        db.truncateAll();
    }

    @Test
    void concurrentRequestsToOneModelAreAllCounted() throws Exception {
        AiModel model = model("matcher").activated(NOW);
        models().save(model);

        Concurrently.run(8, () -> transactions().inTransaction(() -> {
            AiModel read = models().findById(model.id()).orElseThrow();
            models().save(read.used(100, NOW));
            return null;
        }));

        AiModel counted = models().findById(model.id()).orElseThrow();
        assertThat(counted.requestCount()).isEqualTo(8);
        assertThat(counted.timedRequestCount()).isEqualTo(8);
        assertThat(counted.totalResponseMillis()).isEqualTo(800);
    }

    @Test
    void ofTwoConcurrentPromotionsOfOneTypeTheLaterIsRefused() throws Exception {
        List<AiModel> candidates = List.of(model("a").activated(NOW), model("b").activated(NOW));
        candidates.forEach(models()::save);
        AtomicInteger next = new AtomicInteger();
        CyclicBarrier bothSawNoneInProduction = new CyclicBarrier(2);

        List<String> outcomes = Concurrently.run(2, () -> {
            AiModel mine = candidates.get(next.getAndIncrement());
            try {
                transactions().inTransaction(() -> {
                    AiModel read = models().findById(mine.id()).orElseThrow();
                    assertThat(models().productionModel(AiModelType.SCORING)).isEmpty();
                    awaitOther(bothSawNoneInProduction);
                    models().save(read.promoted(NOW));
                    return null;
                });
                return "promoted";
            } catch (NamcException refused) {
                return refused.code().name();
            }
        });

        assertThat(outcomes).containsExactlyInAnyOrder("promoted", "CONFLICT");
        assertThat(models().all()).filteredOn(AiModel::production).hasSize(1);
    }

    private static void awaitOther(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static AiModel model(String name) {
        return AiModel.register(new AiModelId(UUID.randomUUID()), name, "1.0", AiModelType.SCORING,
                ModelMetrics.UNKNOWN, Map.of(), null, null, NOW);
    }

    private static AiModels models() {
        return db.persistence().aiModels();
    }

    private static Transactions transactions() {
        return db.persistence().transactions();
    }
}
