package org.namc.shared.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A rule the caller broke. Carries a stable {@link ErrorCode} and, finer, a stable
 * {@link RefusalReason}; validation failures list every violated field. Messages never contain secrets or rejected input values.
 */
public final class NamcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final RefusalReason reason;
    private final List<FieldViolation> violations;
    private final @Nullable Instant retryAfter;

    private NamcException(RefusalReason reason, String message, List<FieldViolation> violations,
                          @Nullable Instant retryAfter) {
        super(reason.errorCode() + ": " + message);
        this.code = reason.errorCode();
        this.reason = reason;
        this.violations = List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    /**
     * A failure whose {@link ErrorCode} says all there is to say ({@code INVALID_TOKEN}); it carries
     * the code's {@link CommonRefusal}. The refusal codes ({@code ILLEGAL_STATE}, {@code CONFLICT},
     * {@code FORBIDDEN}) need a reason: {@link #refused(RefusalReason, String)}.
     */
    public static NamcException of(ErrorCode code, String message) {
        return new NamcException(CommonRefusal.defaultFor(code), message, List.of(), null);
    }

    /** A refusal for {@code reason}; {@code message} explains this case to a person, without secrets. */
    public static NamcException refused(RefusalReason reason, String message) {
        return new NamcException(reason, message, List.of(), null);
    }

    public static NamcException validation(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        String summary = violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; "));
        return new NamcException(CommonRefusal.VALIDATION_FAILED, summary, violations, null);
    }

    public static NamcException invalid(String field, String rule, String message) {
        return validation(List.of(new FieldViolation(field, rule, message)));
    }

    public static NamcException invalid(String field, ViolationRule rule, String message) {
        return invalid(field, rule.code(), message);
    }

    public static NamcException notFound(String resourceType, Object id) {
        return of(ErrorCode.NOT_FOUND, resourceType + " " + id + " does not exist");
    }

    /** A refusal that lifts by itself at {@code until}, such as a locked account. */
    public static NamcException lockedUntil(RefusalReason reason, String message, Instant until) {
        return new NamcException(reason, message + " until " + until, List.of(), until);
    }

    public ErrorCode code() {
        return code;
    }

    /** Which rule refused: stable, finer than {@link #code()}; a code's common reason where it needs none finer. */
    public RefusalReason reason() {
        return reason;
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
