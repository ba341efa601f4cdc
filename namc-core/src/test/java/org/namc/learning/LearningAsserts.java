package org.namc.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.RefusalReason;

/** The core's own small counterpart of the fixtures' NamcExceptionAssert (the core cannot depend on them). */
public final class LearningAsserts {
    private final NamcException thrown;

    private LearningAsserts(NamcException thrown) {
        this.thrown = thrown;
    }

    public static LearningAsserts assertThatNamcException(ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        assertThat(thrown).as("expected a NamcException").isInstanceOf(NamcException.class);
        return new LearningAsserts((NamcException) thrown);
    }

    public LearningAsserts hasCode(ErrorCode code) {
        assertThat(thrown.code()).as(thrown.getMessage()).isEqualTo(code);
        return this;
    }

    public LearningAsserts hasReason(RefusalReason reason) {
        hasCode(reason.errorCode());
        assertThat(thrown.reason()).as(thrown.getMessage()).isEqualTo(reason);
        return this;
    }

    public LearningAsserts hasViolation(String field, String rule) {
        hasCode(ErrorCode.VALIDATION_FAILED);
        assertThat(thrown.violations()).as("violations")
                .anyMatch(v -> v.field().equals(field) && v.rule().equals(rule));
        return this;
    }

    public LearningAsserts hasViolationOn(String... fields) {
        hasCode(ErrorCode.VALIDATION_FAILED);
        assertThat(thrown.violations()).extracting(FieldViolation::field).contains(fields);
        return this;
    }

    public LearningAsserts hasMessageContaining(String text) {
        assertThat(thrown.getMessage()).contains(text);
        return this;
    }

    public NamcException exception() {
        return thrown;
    }
}
