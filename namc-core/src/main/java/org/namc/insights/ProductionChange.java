package org.namc.insights;

import org.jspecify.annotations.Nullable;

/** The model now in production for its type, and the one it replaced, if any. */
public record ProductionChange(AiModelView promoted, @Nullable AiModelView demoted) {
}
