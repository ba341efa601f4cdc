package org.namc.membership.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B, the SHA1 rows. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void rfc6238TestVectors(long epochSeconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(epochSeconds));

        assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
        assertThat(Totp.code(RFC_KEY, step)).isEqualTo(expected.substring(2));
    }

    @Test
    void stepsAreThirtySecondsFromTheEpoch() {
        assertThat(Totp.stepAt(Instant.ofEpochSecond(0))).isZero();
        assertThat(Totp.stepAt(Instant.ofEpochSecond(29))).isZero();
        assertThat(Totp.stepAt(Instant.ofEpochSecond(30))).isEqualTo(1);
        assertThat(Totp.stepAt(Instant.ofEpochSecond(59, 999_999_999))).isEqualTo(1);
        assertThat(Totp.stepAt(Instant.ofEpochSecond(1111111109))).isEqualTo(0x23523EC);
    }

    @Test
    void theCurrentAndPreviousCodesMatchTheirSteps() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_KEY, "005924", now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2), now)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "abcdef", "12 456", " 05924", "005924 ", "-05924", "+05924",
        "٠٠٥٩٢٤", "00592４"})
    void malformedCodesMatchNothing(String code) {
        Instant now = Instant.ofEpochSecond(1234567890);

        assertThat(Totp.matchingStep(RFC_KEY, code, now)).isEmpty();
    }

    @Test
    void codesAreZeroPaddedToSixDigits() {
        // About one code in ten starts with 0, which must survive as a digit.
        boolean sawLeadingZero = false;
        for (long step = 0; step < 2_000; step++) {
            String code = Totp.code(RFC_KEY, step);
            assertThat(code).hasSize(6).containsOnlyDigits();
            sawLeadingZero |= code.charAt(0) == '0';
        }
        assertThat(sawLeadingZero).isTrue();
    }

    @Property
    void totpAcceptsExactlyTheWindow(@ForAll @Size(20) byte[] key,
                                     @ForAll @LongRange(min = 0, max = 253_402_300_799L) long epochSecond) {
        Instant now = Instant.ofEpochSecond(epochSecond);
        long current = Totp.stepAt(now);
        // Two steps sharing a code (one chance in a million per pair) would make "exactly" untestable.
        Set<String> codes = new HashSet<>();
        for (long s = current - 3; s <= current + 2; s++) {
            codes.add(Totp.code(key, s));
        }
        Assume.that(codes.size() == 6);

        for (long s = current - 3; s <= current + 2; s++) {
            OptionalLong matched = Totp.matchingStep(key, Totp.code(key, s), now);
            if (s >= current - 1 && s <= current) {
                assertThat(matched).hasValue(s);
            } else {
                assertThat(matched).isEmpty();
            }
        }
    }

    @Property
    void codesHaveSixAsciiDigits(@ForAll("keys") byte[] key, @ForAll @LongRange(min = 0) long step) {
        assertThat(Totp.code(key, step)).matches("[0-9]{6}");
    }

    @Provide
    Arbitrary<byte[]> keys() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64);
    }
}
