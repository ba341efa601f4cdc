package org.namc.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyringTest {

    @Test
    void holdsKeysByIdAndKnowsTheCurrentOne() {
        Keyring keyring = Keyring.of("2025-01", Map.of("2024-06", key(1), "2025-01", key(2)));

        assertThat(keyring.currentKeyId()).isEqualTo("2025-01");
        assertThat(keyring.keyIds()).containsExactlyInAnyOrder("2024-06", "2025-01");
        assertThat(keyring.currentKey().getEncoded()).isEqualTo(key(2));
        assertThat(keyring.key("2024-06")).hasValueSatisfying(k -> assertThat(k.getEncoded()).isEqualTo(key(1)));
        assertThat(keyring.key("nope")).isEmpty();
    }

    @Test
    void copiesTheKeyBytes() {
        byte[] bytes = key(7);
        Keyring keyring = Keyring.of("k1", Map.of("k1", bytes));

        Arrays.fill(bytes, (byte) 0);

        assertThat(keyring.currentKey().getEncoded()).isEqualTo(key(7));
    }

    @Test
    void keysMustBe256Bits() {
        assertThatIllegalArgumentException().isThrownBy(() -> Keyring.of("k1", Map.of("k1", new byte[16])))
                .withMessageContaining("32 bytes");
    }

    @Test
    void theCurrentKeyMustBePresent() {
        assertThatIllegalArgumentException().isThrownBy(() -> Keyring.of("k2", Map.of("k1", key(1))));
        assertThatIllegalArgumentException().isThrownBy(() -> Keyring.of("k1", Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "with space", "ümlaut", "slash/id", "a23456789012345678901234567890123"})
    void keyIdsAreShortAscii(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> Keyring.of(id, Map.of(id, key(1))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"k", "2025-01", "prod.aes_v2", "a2345678901234567890123456789012"})
    void acceptsValidKeyIds(String id) {
        assertThat(Keyring.of(id, Map.of(id, key(1))).currentKeyId()).isEqualTo(id);
    }

    @Test
    void generateMakesOneRandomKey() {
        Keyring first = Keyring.generate("demo", new SecureRandom());
        Keyring second = Keyring.generate("demo", new SecureRandom());

        assertThat(first.keyIds()).containsExactly("demo");
        assertThat(first.currentKey().getEncoded()).hasSize(32).isNotEqualTo(second.currentKey().getEncoded());
    }

    @Test
    void toStringShowsOnlyKeyIds() {
        Keyring keyring = Keyring.of("k2", Map.of("k1", key(1), "k2", key(2)));

        assertThat(keyring.toString()).isEqualTo("Keyring[current=k2, keyIds=[k1, k2]]");
    }

    static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
