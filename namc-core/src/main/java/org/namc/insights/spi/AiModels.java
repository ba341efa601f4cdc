package org.namc.insights.spi;

import java.util.List;
import java.util.Optional;
import org.namc.insights.domain.AiModel;
import org.namc.insights.domain.AiModelId;
import org.namc.insights.domain.AiModelType;

/** The model registry. Names are unique; at most one production model per type. */
public interface AiModels {

    /**
     * Inserts or replaces by id; {@code CONFLICT} when another model holds the name, or when the
     * model is in production while another model of its type still is.
     */
    void save(AiModel model);

    Optional<AiModel> findById(AiModelId id);

    Optional<AiModel> findByName(String name);

    Optional<AiModel> productionModel(AiModelType type);

    /** Every model, by type, then name. */
    List<AiModel> all();
}
