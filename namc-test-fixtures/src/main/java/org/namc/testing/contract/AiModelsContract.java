package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.insights.domain.AiModel;
import org.namc.insights.domain.AiModelId;
import org.namc.insights.domain.AiModelType;
import org.namc.insights.domain.ModelMetrics;
import org.namc.insights.spi.AiModels;
import org.namc.shared.domain.ErrorCode;

/** What every {@link AiModels} adapter must do. */
public abstract class AiModelsContract {
    protected static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    /** An empty registry. */
    protected abstract AiModels models();

    private AiModel model(String name, AiModelType type) {
        return AiModel.register(new AiModelId(UUID.randomUUID()), name, "1.0", type,
                ModelMetrics.of("0.9", "0.8", "0.7", "0.75"), Map.of("k", "v"), "2026-01", null, NOW);
    }

    @Test
    void keepsEveryFieldAndUsageThroughARoundTrip() {
        AiModel model = model("matcher", AiModelType.PROJECT_MATCHING).activated(NOW).used(120, NOW).used(null, NOW);
        models().save(model);

        assertThat(models().findById(model.id())).contains(model);
        assertThat(models().findByName("matcher")).contains(model);
        assertThat(models().findByName("other")).isEmpty();
    }

    @Test
    void namesAreUniqueAndOnlyOneModelPerTypeIsInProduction() {
        AiModel a = model("a", AiModelType.SCORING).activated(NOW).promoted(NOW);
        AiModel b = model("b", AiModelType.SCORING).activated(NOW);
        models().save(a);
        models().save(b);

        assertThatNamcException(() -> models().save(model("a", AiModelType.SCORING))).hasReason(CommonRefusal.DUPLICATE);
        assertThatNamcException(() -> models().save(b.promoted(NOW))).hasReason(CommonRefusal.DUPLICATE);
        models().save(a.demoted(NOW));
        models().save(b.promoted(NOW));

        assertThat(models().productionModel(AiModelType.SCORING)).map(AiModel::id).contains(b.id());
        assertThat(models().productionModel(AiModelType.CLASSIFICATION)).isEmpty();
        assertThat(models().all()).extracting(AiModel::name).containsExactly("a", "b");
    }
}
