package org.namc.insights.spi;

import java.util.List;
import java.util.Optional;
import org.namc.insights.domain.AiInteraction;
import org.namc.insights.domain.AiInteractionId;
import org.namc.insights.domain.RatingTally;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Recorded AI outputs and their feedback. */
public interface AiInteractions {

    /** Inserts or replaces by id. */
    void save(AiInteraction interaction);

    Optional<AiInteraction> findById(AiInteractionId id);

    /** The feature's interactions, newest first. */
    Page<AiInteraction> byFeature(String feature, PageRequest page);

    /** One tally per model version the feature used, ordered by model version (none first). */
    List<RatingTally> talliesFor(String feature);
}
