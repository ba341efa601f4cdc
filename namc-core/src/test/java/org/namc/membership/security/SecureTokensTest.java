package org.namc.membership.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.Secret;

class SecureTokensTest {
    private final SecureTokens tokens = new SecureTokens(new SecureRandom());

    @Test
    void tokensAre256BitsOfBase64Url() {
        Secret token = tokens.newToken();

        assertThat(token.reveal()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token.reveal())).hasSize(32);
        assertThat(token.toString()).doesNotContain(token.reveal());
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 1_000).forEach(i -> seen.add(tokens.newToken().reveal()));

        assertThat(seen).hasSize(1_000);
    }

    @Test
    void tokensUseTheWholeAlphabet() {
        // A sanity check on entropy: 1000 tokens of 43 characters cover all 64 symbols.
        Set<Integer> symbols = new HashSet<>();
        IntStream.range(0, 1_000).forEach(i -> tokens.newToken().reveal().chars().forEach(symbols::add));

        assertThat(symbols).hasSize(64);
    }

    @Test
    void theHashIsLowerCaseHexSha256() {
        // SHA-256("abc") from FIPS 180-2.
        assertThat(SecureTokens.hash(Secret.of("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Secret token = tokens.newToken();
        assertThat(SecureTokens.hash(token)).matches("[0-9a-f]{64}").isEqualTo(SecureTokens.hash(token));
        assertThat(SecureTokens.hash(token)).isNotEqualTo(SecureTokens.hash(tokens.newToken()));
    }

    @Test
    void recoveryCodesHaveTheReadableFormat() {
        List<Secret> codes = tokens.newRecoveryCodes(10);

        assertThat(codes).hasSize(10).allSatisfy(code -> assertThat(code.reveal())
                .matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}")
                .doesNotContain("0", "O", "1", "I"));
    }

    @Test
    void recoveryCodesAreDistinct() {
        List<Secret> codes = tokens.newRecoveryCodes(100);

        assertThat(codes.stream().map(Secret::reveal).distinct()).hasSize(100);
        assertThat(codes.stream().map(SecureTokens::hashRecoveryCode).distinct()).hasSize(100);
    }

    @Test
    void recoveryCodeHashingIgnoresCaseDashesAndSpaces() {
        Secret code = tokens.newRecoveryCodes(1).get(0);
        String shown = code.reveal();
        String expected = SecureTokens.hashRecoveryCode(code);

        for (String typed : List.of(shown.toLowerCase(Locale.ROOT), shown.replace("-", ""),
                shown.replace("-", " "), " " + shown.toLowerCase(Locale.ROOT).replace("-", "") + " ")) {
            assertThat(SecureTokens.hashRecoveryCode(Secret.of(typed))).isEqualTo(expected);
        }
        assertThat(expected).matches("[0-9a-f]{64}");
    }

    @Test
    void differentRecoveryCodesHashDifferently() {
        assertThat(SecureTokens.hashRecoveryCode(Secret.of("AAAA-BBBB-CCCC-DDDD")))
                .isNotEqualTo(SecureTokens.hashRecoveryCode(Secret.of("AAAA-BBBB-CCCC-DDDE")));
    }

    @Test
    void theNumberOfRecoveryCodesIsBounded() {
        assertThatIllegalArgumentException().isThrownBy(() -> tokens.newRecoveryCodes(0));
        assertThatIllegalArgumentException().isThrownBy(() -> tokens.newRecoveryCodes(101));
    }
}
