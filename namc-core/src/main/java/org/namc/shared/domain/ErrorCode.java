package org.namc.shared.domain;

/**
 * Stable error codes. Callers branch on these, so a code is never renamed or reused;
 * new codes are only added.
 */
public enum ErrorCode {
    /** Input broke one or more rules; {@link NamcException#violations()} names each field and rule. */
    VALIDATION_FAILED,
    /** The addressed record does not exist (or is soft-deleted). */
    NOT_FOUND,
    /** The change collides with existing state (a duplicate, a stale version). */
    CONFLICT,
    /** The actor may not do this. */
    FORBIDDEN,
    /** The state of the record does not allow this transition. */
    ILLEGAL_STATE,
    /** Email and password did not match an account; deliberately silent about which. */
    INVALID_CREDENTIALS,
    /** Too many failed logins; {@link NamcException#retryAfter()} tells when it unlocks. */
    ACCOUNT_LOCKED,
    /** A second-factor code was wrong, expired or already used. */
    INVALID_SECOND_FACTOR,
    /** Too many wrong second-factor codes; a recovery code or staff must reset the factor. */
    SECOND_FACTOR_LOCKED,
    /** A verification, reset or login-challenge token is unknown, used or expired. */
    INVALID_TOKEN,
    /** A stored secret could not be decrypted: wrong key, wrong owner or tampered data. */
    SECRET_UNREADABLE,
    /** The payment gateway declined a payment; the failed attempt is kept (on audit entries of refused payments). */
    PAYMENT_DECLINED,
    /**
     * The payment gateway could not be reached or asked to slow down; what was recorded stays
     * and is completed later (the billing run's reconcile step). Retrying is safe.
     */
    GATEWAY_UNAVAILABLE,
    /** A member misses a hard requirement (a mandatory certification, the service area, good standing). */
    NOT_ELIGIBLE,
    /** Too many attempts in a short time (the login throttle); {@link NamcException#retryAfter()} tells when to retry. */
    TOO_MANY_ATTEMPTS
}
