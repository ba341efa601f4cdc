package org.namc.insights.domain;

import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.RefusalReason;

/** Why insights refused; codes {@code insights.*}. */
public enum InsightsRefusal implements RefusalReason {
    MODEL_IN_PRODUCTION(ErrorCode.ILLEGAL_STATE, "The model is in production; promote another model first."),
    MODEL_NOT_ACTIVE(ErrorCode.ILLEGAL_STATE, "The model is not active."),
    MODEL_NAME_TAKEN(ErrorCode.CONFLICT, "A model with this name is already registered."),
    INTERACTION_WITHOUT_MEMBER(ErrorCode.ILLEGAL_STATE, "The interaction was shown to no member.");

    private final ErrorCode errorCode;
    private final String meaning;

    InsightsRefusal(ErrorCode errorCode, String meaning) {
        this.errorCode = errorCode;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return RefusalReason.codeOf("insights", this);
    }

    @Override
    public ErrorCode errorCode() {
        return errorCode;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
