package org.namc.membership.domain;

import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.RefusalReason;

/** Why membership refused; codes {@code membership.*}. */
public enum MembershipRefusal implements RefusalReason {
    EMAIL_ALREADY_VERIFIED(ErrorCode.ILLEGAL_STATE, "The email address is already verified."),
    MEMBERSHIP_CANCELLED(ErrorCode.ILLEGAL_STATE, "The membership is already cancelled."),
    TWO_FACTOR_ENABLED(ErrorCode.ILLEGAL_STATE, "Two-factor authentication is already enabled."),
    TWO_FACTOR_NOT_PENDING(ErrorCode.ILLEGAL_STATE, "No two-factor enrolment awaits confirmation."),
    TWO_FACTOR_NOT_ENABLED(ErrorCode.ILLEGAL_STATE, "Two-factor authentication is not enabled."),
    LAST_ADMINISTRATOR(ErrorCode.ILLEGAL_STATE, "The member is the last active administrator; grant ADMIN to someone else first."),
    OWN_FACTOR_RESET(ErrorCode.FORBIDDEN, "A member does not reset their own second factor; they turn it off with a code.");

    private final ErrorCode errorCode;
    private final String meaning;

    MembershipRefusal(ErrorCode errorCode, String meaning) {
        this.errorCode = errorCode;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return RefusalReason.codeOf("membership", this);
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
