package org.namc.shared.domain;

/**
 * Reasons every feature shares: the default reason of each {@link ErrorCode} that needs no finer
 * one, and the refusals stores raise for any feature (a stale version, a taken unique key).
 */
public enum CommonRefusal implements RefusalReason {
    VALIDATION_FAILED(ErrorCode.VALIDATION_FAILED),
    NOT_FOUND(ErrorCode.NOT_FOUND),
    CONCURRENT_CHANGE(ErrorCode.CONFLICT, "Another writer changed the record first; read it again and retry."),
    DUPLICATE(ErrorCode.CONFLICT, "A record with the same unique key already exists."),
    PERMISSION_DENIED(ErrorCode.FORBIDDEN, "The actor holds no grant allowing this action on this resource."),
    INVALID_CREDENTIALS(ErrorCode.INVALID_CREDENTIALS),
    ACCOUNT_LOCKED(ErrorCode.ACCOUNT_LOCKED),
    INVALID_SECOND_FACTOR(ErrorCode.INVALID_SECOND_FACTOR),
    SECOND_FACTOR_LOCKED(ErrorCode.SECOND_FACTOR_LOCKED),
    INVALID_TOKEN(ErrorCode.INVALID_TOKEN),
    SECRET_UNREADABLE(ErrorCode.SECRET_UNREADABLE),
    PAYMENT_DECLINED(ErrorCode.PAYMENT_DECLINED),
    GATEWAY_UNAVAILABLE(ErrorCode.GATEWAY_UNAVAILABLE),
    NOT_ELIGIBLE(ErrorCode.NOT_ELIGIBLE),
    TOO_MANY_ATTEMPTS(ErrorCode.TOO_MANY_ATTEMPTS);

    private final ErrorCode errorCode;
    private final String meaning;

    /** The default reason of {@code errorCode}, meaning what the code means. */
    CommonRefusal(ErrorCode errorCode) {
        this(errorCode, errorCode.meaning());
    }

    CommonRefusal(ErrorCode errorCode, String meaning) {
        this.errorCode = errorCode;
        this.meaning = meaning;
    }

    /** The reason a bare {@code code} carries; the refusal codes that need a feature's reason have none. */
    static CommonRefusal defaultFor(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED -> VALIDATION_FAILED;
            case NOT_FOUND -> NOT_FOUND;
            case INVALID_CREDENTIALS -> INVALID_CREDENTIALS;
            case ACCOUNT_LOCKED -> ACCOUNT_LOCKED;
            case INVALID_SECOND_FACTOR -> INVALID_SECOND_FACTOR;
            case SECOND_FACTOR_LOCKED -> SECOND_FACTOR_LOCKED;
            case INVALID_TOKEN -> INVALID_TOKEN;
            case SECRET_UNREADABLE -> SECRET_UNREADABLE;
            case PAYMENT_DECLINED -> PAYMENT_DECLINED;
            case GATEWAY_UNAVAILABLE -> GATEWAY_UNAVAILABLE;
            case NOT_ELIGIBLE -> NOT_ELIGIBLE;
            case TOO_MANY_ATTEMPTS -> TOO_MANY_ATTEMPTS;
            case CONFLICT, FORBIDDEN, ILLEGAL_STATE -> throw new IllegalArgumentException(
                    "a " + code + " refusal names its reason: use NamcException.refused(reason, message)");
        };
    }

    @Override
    public String code() {
        return RefusalReason.codeOf("shared", this);
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
