package org.namc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "4155550123         | +14155550123",
        "(415) 555-0123     | +14155550123",
        "415.555.0123       | +14155550123",
        "415 555 0123       | +14155550123",
        "  415-555-0123     | +14155550123",
        "14155550123        | +14155550123",
        "1 (415) 555-0123   | +14155550123",
        "1-415-555-0123     | +14155550123",
        "+1 415 555 0123    | +14155550123"
    })
    void northAmericanNumbersAreReadWithCountryCodeOne(String raw, String e164) {
        assertThat(PhoneNumber.parse(raw).e164()).isEqualTo(e164);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "+44 20 7946 0958   | +442079460958",
        "0044 20 7946 0958  | +442079460958",
        "00 44 20-7946-0958 | +442079460958",
        "+49 30 901820      | +4930901820"
    })
    void internationalNumbersKeepTheirCountryCode(String raw, String e164) {
        assertThat(PhoneNumber.parse(raw).e164()).isEqualTo(e164);
    }

    @Test
    void toStringIsTheE164Form() {
        assertThat(PhoneNumber.parse("(415) 555-0123")).hasToString("+14155550123");
    }

    @Test
    void theSameNumberWrittenDifferentlyIsEqual() {
        assertThat(PhoneNumber.parse("(415) 555-0123")).isEqualTo(PhoneNumber.parse("+1.415.555.0123"));
    }

    @Test
    void eightToFifteenDigitsAreTheLimitsOfE164() {
        assertThat(PhoneNumber.parse("+12345678").e164()).isEqualTo("+12345678");
        assertThat(PhoneNumber.parse("+123456789012345").e164()).isEqualTo("+123456789012345");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "555-0123",             // seven local digits, no area code
        "415555012",            // nine digits
        "24155550123",          // eleven digits not starting with 1
        "+1234567",             // seven digits with a country code
        "+1234567890123456",    // sixteen digits
        "0012345678901234567",  // 00 prefix, seventeen digits
        "+0441234567890",       // country codes never start with 0
        "415-555-CALL",
        "",
        "+"
    })
    void tooShortTooLongOrMalformedNumbersAreRefused(String raw) {
        NamcException e = catchThrowableOfType(NamcException.class, () -> PhoneNumber.parse(raw));

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("value");
            assertThat(v.rule()).isEqualTo("e164");
        });
    }

    @Test
    void aRefusedNumberCapturedUnderAFieldNamesThatField() {
        Violations violations = Violations.collect();

        violations.capture("phone", () -> PhoneNumber.parse("123"));

        assertThat(violations.list()).extracting(FieldViolation::field).containsExactly("phone");
    }
}
