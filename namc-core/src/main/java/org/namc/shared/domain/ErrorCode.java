package org.namc.shared.domain;

/**
 * Stable error codes. Callers branch on these, so a code is never renamed or reused;
 * new codes are only added. Each names the HTTP status a host's web layer should answer with;
 * {@link NamcException#reason()} refines it.
 */
public enum ErrorCode {
    /** Input broke one or more rules; {@link NamcException#violations()} names each field and rule. */
    VALIDATION_FAILED(400, "The input broke one or more rules; the violations name each field and rule."),
    /** The addressed record does not exist (or is soft-deleted). */
    NOT_FOUND(404, "The addressed record does not exist, or was deleted."),
    /** The change collides with existing state (a duplicate, a stale version). */
    CONFLICT(409, "The change collides with existing state (a duplicate, a stale version)."),
    /** The actor may not do this. */
    FORBIDDEN(403, "The actor may not do this."),
    /** The state of the record does not allow this transition. */
    ILLEGAL_STATE(409, "The state of the record does not allow this step; the reason names the rule."),
    /** Email and password did not match an account; deliberately silent about which. */
    INVALID_CREDENTIALS(401, "Email and password did not match an account; deliberately silent about which."),
    /** Too many failed logins; {@link NamcException#retryAfter()} tells when it unlocks. */
    ACCOUNT_LOCKED(423, "Too many failed logins; retry-after tells when the account unlocks."),
    /** A second-factor code was wrong, expired or already used. */
    INVALID_SECOND_FACTOR(401, "A second-factor code was wrong, expired or already used."),
    /** Too many wrong second-factor codes; a recovery code or staff must reset the factor. */
    SECOND_FACTOR_LOCKED(423, "Too many wrong second-factor codes; a recovery code or staff must reset the factor."),
    /** A verification, reset or login-challenge token is unknown, used or expired. */
    INVALID_TOKEN(400, "A verification, reset or login-challenge token is unknown, used or expired."),
    /** A stored secret could not be decrypted: wrong key, wrong owner or tampered data. */
    SECRET_UNREADABLE(500, "A stored secret could not be decrypted: wrong key, wrong owner or tampered data."),
    /** The payment gateway declined a payment; the failed attempt is kept (on audit entries of refused payments). */
    PAYMENT_DECLINED(402, "The payment gateway declined the payment; the failed attempt is kept."),
    /**
     * The payment gateway could not be reached or asked to slow down; what was recorded stays
     * and is completed later (the billing run's reconcile step). Retrying is safe.
     */
    GATEWAY_UNAVAILABLE(503, "The payment gateway could not be reached or asked to slow down; what was recorded is completed later, and retrying is safe."),
    /** A member misses a hard requirement (a mandatory certification, the service area, good standing). */
    NOT_ELIGIBLE(422, "The member misses a hard requirement (a mandatory certification, the service area, good standing)."),
    TOO_MANY_ATTEMPTS(429, "Too many attempts in a short time (the login throttle); NamcException#retryAfter() tells when to retry.");

    private final int httpStatus;
    private final String meaning;

    ErrorCode(int httpStatus, String meaning) {
        this.httpStatus = httpStatus;
        this.meaning = meaning;
    }

    /** The HTTP status a host's web layer should map this code to. */
    public int httpStatus() {
        return httpStatus;
    }

    public String meaning() {
        return meaning;
    }
}
