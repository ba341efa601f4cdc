package org.namc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    private static void assertRefused(String raw) {
        NamcException e = catchThrowableOfType(NamcException.class, () -> EmailAddress.of(raw));

        assertThat(e).as("refusal of \"%s\"", raw).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.violatedFields()).containsExactly("value");
    }

    @Test
    void anAddressIsTrimmedAndLowerCased() {
        assertThat(EmailAddress.of("  Jane.Doe@Example.COM \n").value()).isEqualTo("jane.doe@example.com");
    }

    @Test
    void addressesThatDifferOnlyInCaseAreEqual() {
        EmailAddress upper = EmailAddress.of("JANE@EXAMPLE.ORG");
        EmailAddress lower = EmailAddress.of("jane@example.org");

        assertThat(upper).isEqualTo(lower);
        assertThat(upper.hashCode()).isEqualTo(lower.hashCode());
    }

    @Test
    void theDomainIsThePartAfterTheAt() {
        assertThat(EmailAddress.of("ops@Mail.NAMC-NorCal.org").domain()).isEqualTo("mail.namc-norcal.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a@b.co",
        "first.last@example.com",
        "user+tag@sub.domain.example.org",
        "o'brien@example.ie",
        "x_y-z@my-company.com",
        "123@456.net"
    })
    void commonAddressesAreAccepted(String raw) {
        assertThat(EmailAddress.of(raw).value()).isEqualTo(raw);
    }

    @Test
    void aLocalPartOfSixtyFourCharactersIsAccepted() {
        String raw = "a".repeat(64) + "@example.com";

        assertThat(EmailAddress.of(raw).value()).isEqualTo(raw);
    }

    @Test
    void aLocalPartOfSixtyFiveCharactersIsRefused() {
        assertRefused("a".repeat(65) + "@example.com");
    }

    @Test
    void anAddressOf254CharactersIsAcceptedAnd255Refused() {
        String local = "a".repeat(64);
        String domain254 = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
        String domain255 = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".com";
        String ok = local + "@" + domain254;
        String tooLong = local + "@" + domain255;
        assertThat(ok).hasSize(254);
        assertThat(tooLong).hasSize(255);

        assertThat(EmailAddress.of(ok).value()).isEqualTo(ok);
        assertRefused(tooLong);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "plainaddress",
        "@example.com",
        "jane@",
        "jane@@example.com",
        "ja@ne@example.com",
        "jane doe@example.com",
        "jane@exa mple.com",
        "jane@-example.com",
        "jane@example-.com",
        "jane@example.c",
        "jane@example",
        "jane@example.com.",
        ".jane@example.com",
        "jane.@example.com",
        "ja..ne@example.com",
        "jane@example..com",
        "jane@exam_ple.com"
    })
    void malformedAddressesAreRefused(String raw) {
        assertRefused(raw);
    }

    @Test
    void aDomainLabelLongerThan63CharactersIsRefused() {
        assertRefused("jane@" + "x".repeat(64) + ".com");
        assertThat(EmailAddress.of("jane@" + "x".repeat(63) + ".com")).isNotNull();
    }

    @Test
    void theErrorNamesFieldValueAndRuleFormatWithoutEchoingTheInput() {
        NamcException e = catchThrowableOfType(NamcException.class, () -> EmailAddress.of("secret-person@@x.com"));

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("value");
            assertThat(v.rule()).isEqualTo("format");
        });
        assertThat(e.getMessage()).doesNotContain("secret-person");
    }

    @Test
    void capturedUnderACommandFieldTheErrorNamesThatField() {
        Violations violations = Violations.collect();

        EmailAddress result = violations.capture("email", () -> EmailAddress.of("not an email"));

        assertThat(result).isNull();
        assertThat(violations.list()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("email");
            assertThat(v.rule()).isEqualTo("format");
        });
    }

    @Test
    void normalisingAnUppercaseLetterWithACombiningMarkTwiceChangesNothing() {
        // "W" + COMBINING RING ABOVE has no precomposed capital, but "w" + ring composes to U+1E98.
        String once = EmailAddress.normalise("W\u030A");

        assertThat(EmailAddressProperties.codePoints(EmailAddress.normalise(once)))
                .isEqualTo(EmailAddressProperties.codePoints(once));
    }
}
