package org.namc.testing.assertions;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.RefusalReason;

/**
 * AssertJ assertions on the library's typed errors:
 * {@code assertThatNamcException(() -> ...).hasCode(VALIDATION_FAILED).hasViolation("email", "format")},
 * {@code .hasReason(BillingRefusal.PAYMENT_METHOD_MISSING)}.
 */
public final class NamcExceptionAssert extends AbstractThrowableAssert<NamcExceptionAssert, NamcException> {

    private NamcExceptionAssert(NamcException actual) {
        super(actual, NamcExceptionAssert.class);
    }

    public static NamcExceptionAssert assertThatNamcException(ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        Assertions.assertThat(thrown).as("expected a NamcException").isInstanceOf(NamcException.class);
        return new NamcExceptionAssert((NamcException) thrown);
    }

    public NamcExceptionAssert hasCode(ErrorCode expected) {
        isNotNull();
        if (actual.code() != expected) {
            failWithMessage("expected error code %s but was %s (%s)", expected, actual.code(), actual.getMessage());
        }
        return this;
    }

    /** Refused for {@code expected}, which also fixes the error code. */
    public NamcExceptionAssert hasReason(RefusalReason expected) {
        hasCode(expected.errorCode());
        return hasReason(expected.code());
    }

    /** Refused for the reason with the stable code {@code expected}, e.g. {@code billing.payment-method-missing}. */
    public NamcExceptionAssert hasReason(String expected) {
        isNotNull();
        if (!actual.reason().code().equals(expected)) {
            failWithMessage("expected reason %s but was %s (%s)", expected, actual.reason().code(), actual.getMessage());
        }
        return this;
    }

    /** A violation on {@code field} breaking {@code rule}. */
    public NamcExceptionAssert hasViolation(String field, String rule) {
        hasCode(ErrorCode.VALIDATION_FAILED);
        boolean found = actual.violations().stream()
                .anyMatch(v -> v.field().equals(field) && v.rule().equals(rule));
        if (!found) {
            failWithMessage("expected a violation of rule <%s> on field <%s> but got %s", rule, field,
                    actual.violations());
        }
        return this;
    }

    public NamcExceptionAssert hasViolationOn(String... fields) {
        hasCode(ErrorCode.VALIDATION_FAILED);
        Assertions.assertThat(actual.violations()).extracting(FieldViolation::field).contains(fields);
        return this;
    }
}
