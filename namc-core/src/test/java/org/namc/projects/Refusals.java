package org.namc.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.RefusalReason;

/** Assertions on the library's refusals, for the projects unit tests. */
public final class Refusals {
    private Refusals() {
    }

    public static NamcException refusal(ThrowingCallable call, ErrorCode code) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(NamcException.class);
        NamcException e = (NamcException) thrown;
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
        return e;
    }

    /** A validation failure naming {@code field} and {@code rule}. */
    public static NamcException assertViolation(ThrowingCallable call, String field, String rule) {
        NamcException e = refusal(call, ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations()).as(e.getMessage())
                .anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.rule()).isEqualTo(rule);
                });
        return e;
    }

    /** A refusal for {@code reason} whose message says what the state is and what was refused. */
    public static NamcException assertIllegal(ThrowingCallable call, RefusalReason reason, String... messageParts) {
        NamcException e = refusal(call, reason.errorCode());
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        assertThat(e.getMessage()).contains(messageParts);
        return e;
    }
}
