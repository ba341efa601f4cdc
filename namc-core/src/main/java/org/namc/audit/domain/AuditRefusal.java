package org.namc.audit.domain;

import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.RefusalReason;

/** Why audit refused; codes {@code audit.*}. */
public enum AuditRefusal implements RefusalReason {
    CHAIN_NOT_INTACT(ErrorCode.ILLEGAL_STATE, "Only an intact, non-empty chain is anchored."),
    NO_ANCHOR_PORT(ErrorCode.ILLEGAL_STATE, "No ChainAnchors port was given to the portal builder; publishing is refused."),
    ENTRY_OUT_OF_SEQUENCE(ErrorCode.CONFLICT, "An appended audit entry does not follow the head of the chain; another writer appended first.");

    private final ErrorCode errorCode;
    private final String meaning;

    AuditRefusal(ErrorCode errorCode, String meaning) {
        this.errorCode = errorCode;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return RefusalReason.codeOf("audit", this);
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
