package org.namc.membership.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.namc.membership.domain.PasswordHash;
import org.namc.shared.domain.Secret;

class Pbkdf2PasswordHasherTest {
    private static final int CHEAP = 1_000;
    private static final Secret PASSWORD = Secret.of("correct horse battery staple");

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(CHEAP, new SecureRandom());

    @Test
    void aHashMatchesItsPassword() {
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hasher.matches(Secret.of("correct horse battery staple"), hash)).isTrue();
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hasher.matches(Secret.of("correct horse battery stapler"), hash)).isFalse();
        assertThat(hasher.matches(Secret.of(""), hash)).isFalse();
    }

    @Test
    void nonAsciiPasswordsRoundTrip() {
        PasswordHash hash = hasher.hash(Secret.of("Grüße, 世界! 🔑🔑"));

        assertThat(hasher.matches(Secret.of("Grüße, 世界! 🔑🔑"), hash)).isTrue();
        assertThat(hasher.matches(Secret.of("Grusse, 世界! 🔑🔑"), hash)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        String first = hasher.hash(PASSWORD).encoded();
        String second = hasher.hash(PASSWORD).encoded();

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
    }

    @Test
    void theEncodingNamesAlgorithmIterationsSaltAndHash() {
        String[] parts = hasher.hash(PASSWORD).encoded().split("\\$");

        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("1000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    }

    @Test
    void theProductionDefaultUsesTheOwaspWorkFactor() {
        Pbkdf2PasswordHasher production = new Pbkdf2PasswordHasher();

        PasswordHash hash = production.hash(PASSWORD);

        assertThat(hash.encoded()).startsWith("pbkdf2-sha256$600000$");
        assertThat(Pbkdf2PasswordHasher.OWASP_ITERATIONS).isEqualTo(600_000);
        assertThat(production.matches(PASSWORD, hash)).isTrue();
        assertThat(production.needsRehash(hash)).isFalse();
    }

    @Test
    void aHashWithFewerIterationsStillMatchesButNeedsRehash() {
        PasswordHash weak = new Pbkdf2PasswordHasher(500, new SecureRandom()).hash(PASSWORD);

        assertThat(hasher.matches(PASSWORD, weak)).isTrue();
        assertThat(hasher.needsRehash(weak)).isTrue();
        assertThat(new Pbkdf2PasswordHasher(500, new SecureRandom()).needsRehash(weak)).isFalse();
    }

    @Test
    void aHashWithMoreIterationsDoesNotNeedRehash() {
        PasswordHash stronger = new Pbkdf2PasswordHasher(2_000, new SecureRandom()).hash(PASSWORD);

        assertThat(hasher.needsRehash(stronger)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "garbage",
        "bcrypt$2a$10$abcdefghijklmnopqrstuv",
        "pbkdf2-sha256$1000$c2FsdA",
        "pbkdf2-sha256$notanumber$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$1000$!!!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA$extra",
        "pbkdf2-sha256$2147483647$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    })
    void anUnparsableHashMatchesNothingAndNeedsRehash(String encoded) {
        PasswordHash garbage = new PasswordHash(encoded);

        assertThat(hasher.matches(PASSWORD, garbage)).isFalse();
        assertThat(hasher.needsRehash(garbage)).isTrue();
    }

    @Test
    void theWorkFactorMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Pbkdf2PasswordHasher(0, new SecureRandom()));
    }

    @Test
    void neitherHashNorHasherRevealsThePassword() {
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hash.toString()).doesNotContain(PASSWORD.reveal()).doesNotContain(hash.encoded());
        assertThat(hasher.toString()).doesNotContain(PASSWORD.reveal());
    }
}
