package org.namc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void everyBrokenRuleIsCollectedBeforeFailing() {
        NamcException e = catchThrowableOfType(NamcException.class, () -> Violations.collect()
                .required(null, "memberId")
                .notBlank("  ", "firstName", 100)
                .notBlank("x".repeat(101), "lastName", 100)
                .maxLength("ok", "company", 200)
                .maxSize(List.of(1, 2, 3), "skills", 2)
                .check(false, "website", "url", "must be an http(s) address")
                .throwIfAny());

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.violatedFields()).containsExactly("memberId", "firstName", "lastName", "skills", "website");
        assertThat(e.violations()).extracting(FieldViolation::rule)
                .containsExactly("required", "required", "max-length", "max-size", "url");
    }

    @Test
    void throwIfAnyWithNothingFoundDoesNothing() {
        Violations violations = Violations.collect()
                .required("present", "memberId")
                .notBlank("Jane", "firstName", 100)
                .maxLength(null, "line2", 200)
                .maxSize(null, "skills", 10)
                .check(true, "anything", "rule", "fine");

        assertThat(violations.isEmpty()).isTrue();
        assertThatCode(violations::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void aValueExactlyAtTheMaximumLengthIsAccepted() {
        assertThat(Violations.collect().maxLength("x".repeat(10), "f", 10).isEmpty()).isTrue();
        assertThat(Violations.collect().maxLength("x".repeat(11), "f", 10).isEmpty()).isFalse();
    }

    @Test
    void captureReturnsTheValueWhenItIsValid() {
        Violations violations = Violations.collect();

        EmailAddress email = violations.capture("email", () -> EmailAddress.of("jane@example.com"));

        assertThat(email).isEqualTo(EmailAddress.of("jane@example.com"));
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void captureReportsASingleValueUnderTheCallersField() {
        Violations violations = Violations.collect();

        violations.capture("contactEmail", () -> EmailAddress.of("nope"));

        assertThat(violations.list()).extracting(FieldViolation::field).containsExactly("contactEmail");
    }

    @Test
    void capturePrefixesNestedFields() {
        Violations violations = Violations.collect();

        violations.capture("address", () -> new PostalAddress("", null, "Oakland", "CA", " ", "USA"));

        assertThat(violations.list()).extracting(FieldViolation::field)
                .containsExactly("address.street", "address.postalCode", "address.country");
    }

    @Test
    void captureWithAnEmptyPrefixKeepsTheInnerField() {
        Violations violations = Violations.collect();

        violations.capture("", () -> GeoPoint.of(0, 200));

        assertThat(violations.list()).extracting(FieldViolation::field).containsExactly("longitude");
    }

    @Test
    void capturesAndChecksAreReportedTogetherInOrder() {
        Violations violations = Violations.collect();
        violations.notBlank("", "firstName", 100);
        violations.capture("email", () -> EmailAddress.of("bad"));
        violations.capture("phone", () -> PhoneNumber.parse("1"));

        NamcException e = catchThrowableOfType(NamcException.class, violations::throwIfAny);

        assertThat(e.violatedFields()).containsExactly("firstName", "email", "phone");
    }

    @Test
    void captureLetsFailuresOtherThanValidationThrough() {
        Violations violations = Violations.collect();

        assertThatThrownBy(() -> violations.capture("x", () -> {
            throw NamcException.refused(CommonRefusal.PERMISSION_DENIED, "no");
        })).isInstanceOf(NamcException.class).extracting(t -> ((NamcException) t).reason())
                .isEqualTo(CommonRefusal.PERMISSION_DENIED);
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void theCollectedListCannotBeChangedFromOutside() {
        Violations violations = Violations.collect().check(false, "a", "r", "m");

        assertThatThrownBy(() -> violations.list().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(violations.list()).hasSize(1);
    }

    @Test
    void aValidationExceptionNeedsAtLeastOneViolation() {
        assertThatThrownBy(() -> NamcException.validation(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
