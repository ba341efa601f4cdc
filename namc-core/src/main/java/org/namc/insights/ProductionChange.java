package org.namc.insights;

import org.jspecify.annotations.Nullable;
import org.namc.insights.domain.AiModel;

/** The model now in production for its type, and the one it replaced, if any. */
public record ProductionChange(AiModel promoted, @Nullable AiModel demoted) {
}
