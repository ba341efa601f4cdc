package org.namc.insights.domain;

/** The kind of work a model does (the seed's {@code ai_model_type_enum}); one production model per type. */
public enum AiModelType { PROJECT_MATCHING, RECOMMENDATION, CLASSIFICATION, SCORING, TEXT_GENERATION }
