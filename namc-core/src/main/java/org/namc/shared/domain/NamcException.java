package org.namc.shared.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A rule the caller broke. Carries a stable {@link ErrorCode}; validation failures list
 * every violated field. Messages never contain secrets or rejected input values.
 */
public final class NamcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final List<FieldViolation> violations;
    private final @Nullable Instant retryAfter;

    private NamcException(ErrorCode code, String message, List<FieldViolation> violations,
                          @Nullable Instant retryAfter) {
        super(code + ": " + message);
        this.code = code;
        this.violations = List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    public static NamcException of(ErrorCode code, String message) {
        return new NamcException(code, message, List.of(), null);
    }

    public static NamcException validation(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        String summary = violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; "));
        return new NamcException(ErrorCode.VALIDATION_FAILED, summary, violations, null);
    }

    public static NamcException invalid(String field, String rule, String message) {
        return validation(List.of(new FieldViolation(field, rule, message)));
    }

    public static NamcException notFound(String resourceType, Object id) {
        return of(ErrorCode.NOT_FOUND, resourceType + " " + id + " does not exist");
    }

    public static NamcException conflict(String message) {
        return of(ErrorCode.CONFLICT, message);
    }

    public static NamcException forbidden(String message) {
        return of(ErrorCode.FORBIDDEN, message);
    }

    public static NamcException illegalState(String message) {
        return of(ErrorCode.ILLEGAL_STATE, message);
    }

    /** A refusal that lifts by itself at {@code until}, such as a locked account. */
    public static NamcException lockedUntil(ErrorCode code, String message, Instant until) {
        return new NamcException(code, message + " until " + until, List.of(), until);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** The fields named by the violations, in order. */
    public List<String> violatedFields() {
        return violations.stream().map(FieldViolation::field).toList();
    }

    public Optional<Instant> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
