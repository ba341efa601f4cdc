package org.namc.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.learning.LearningAsserts.assertThatNamcException;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void carriesAtLeastEightyBitsFromAnAlphabetWithoutLookAlikes() {
        double bits = VerificationCode.RANDOM_SYMBOLS * (Math.log(VerificationCode.ALPHABET.length()) / Math.log(2));
        assertThat(bits).isGreaterThanOrEqualTo(80);
        assertThat(VerificationCode.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
        assertThat(VerificationCode.ALPHABET.chars().distinct().count()).isEqualTo(31);
    }

    @Test
    void generatedCodesAreValidDistinctAndGrouped() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            VerificationCode code = VerificationCode.generate(random);
            assertThat(seen.add(code.value())).isTrue();
            assertThat(code.formatted()).matches("[2-9A-Z]{6}-[2-9A-Z]{6}-[2-9A-Z]{6}");
            assertThat(VerificationCode.parse(code.formatted().toLowerCase())).isEqualTo(code);
            assertThat(VerificationCode.parse(" " + code.value().substring(0, 9) + " " + code.value().substring(9)))
                    .isEqualTo(code);
        }
    }

    @Test
    void typosAreCaughtAsCheckCharacterViolations() {
        String good = VerificationCode.generate(random).value();
        char first = good.charAt(0);
        char other = VerificationCode.ALPHABET.charAt((VerificationCode.ALPHABET.indexOf(first) + 1) % 31);
        assertThatNamcException(() -> new VerificationCode(other + good.substring(1)))
                .hasViolation("code", "check-character");
        assertThatNamcException(() -> VerificationCode.parse("O" + good.substring(1))).hasViolation("code", "format");
        assertThatNamcException(() -> VerificationCode.parse(good.substring(1))).hasViolation("code", "format");
    }

    @Test
    void theCheckSymbolIsTheDocumentedWeightedSum() {
        String random17 = "23456789ABCDEFGHJ";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (i + 1) * VerificationCode.ALPHABET.indexOf(random17.charAt(i));
        }
        char check = VerificationCode.checkSymbol(random17);
        assertThat((sum + 18 * VerificationCode.ALPHABET.indexOf(check)) % 31).isZero();
    }
}
