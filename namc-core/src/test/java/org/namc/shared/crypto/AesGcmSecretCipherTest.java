package org.namc.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.SecretContext;

class AesGcmSecretCipherTest {
    private static final String PLAINTEXT = "JBSWY3DPEHPK3PXP-totp-secret";
    private static final SecretContext CONTEXT = new SecretContext("member", "0190a1b2-0000-7000-8000-000000000001", "totp");

    private final SecureRandom random = new SecureRandom();
    private final Keyring oldKeys = Keyring.of("k1", Map.of("k1", KeyringTest.key(1)));
    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(oldKeys, random);

    private static byte[] plaintext() {
        return PLAINTEXT.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void roundTrip() {
        EncryptedSecret encrypted = cipher.encrypt(plaintext(), CONTEXT);

        assertThat(cipher.decrypt(encrypted, CONTEXT)).isEqualTo(plaintext());
        assertThat(cipher.isCurrent(encrypted)).isTrue();
    }

    @Test
    void anEmptySecretRoundTrips() {
        assertThat(cipher.decrypt(cipher.encrypt(new byte[0], CONTEXT), CONTEXT)).isEmpty();
    }

    @Test
    void theLayoutIsVersionKeyIdNonceAndSealedText() {
        byte[] raw = Base64.getUrlDecoder().decode(cipher.encrypt(plaintext(), CONTEXT).value());

        assertThat(raw[0]).isEqualTo((byte) 1);
        assertThat(raw[1]).isEqualTo((byte) 2);
        assertThat(new String(raw, 2, 2, StandardCharsets.US_ASCII)).isEqualTo("k1");
        assertThat(raw).hasSize(2 + 2 + 12 + plaintext().length + 16);
    }

    @Test
    void theOutputIsUnpaddedBase64Url() {
        for (int length = 0; length < 10; length++) {
            assertThat(cipher.encrypt(new byte[length], CONTEXT).value()).matches("[A-Za-z0-9_-]+");
        }
    }

    @Test
    void everyEncryptionUsesAFreshNonce() {
        EncryptedSecret first = cipher.encrypt(plaintext(), CONTEXT);
        EncryptedSecret second = cipher.encrypt(plaintext(), CONTEXT);

        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(cipher.decrypt(second, CONTEXT)).isEqualTo(plaintext());
    }

    @Test
    void aCiphertextCopiedToAnotherOwnerFails() {
        EncryptedSecret encrypted = cipher.encrypt(plaintext(), CONTEXT);

        assertUnreadable(encrypted, new SecretContext("member", "0190a1b2-0000-7000-8000-000000000002", "totp"));
        assertUnreadable(encrypted, new SecretContext("company", CONTEXT.ownerId(), "totp"));
    }

    @Test
    void aCiphertextCopiedToAnotherFieldFails() {
        EncryptedSecret encrypted = cipher.encrypt(plaintext(), CONTEXT);

        assertUnreadable(encrypted, new SecretContext("member", CONTEXT.ownerId(), "meetingPassword"));
    }

    @Test
    void everyFlippedByteFails() {
        byte[] raw = Base64.getUrlDecoder().decode(cipher.encrypt(plaintext(), CONTEXT).value());

        for (int i = 0; i < raw.length; i++) {
            byte[] tampered = raw.clone();
            tampered[i] ^= 0x01;
            assertUnreadable(new EncryptedSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered)),
                    CONTEXT);
        }
    }

    @Test
    void aSwappedKeyIdFailsEvenWhenTheKeyringHoldsTheSameKeyUnderIt() {
        // Both ids name the same key bytes, so only the authenticated header can tell them apart.
        Keyring twins = Keyring.of("k1", Map.of("k1", KeyringTest.key(1), "k9", KeyringTest.key(1)));
        AesGcmSecretCipher twinCipher = new AesGcmSecretCipher(twins, random);
        byte[] raw = Base64.getUrlDecoder().decode(twinCipher.encrypt(plaintext(), CONTEXT).value());
        raw[3] = '9';

        NamcException e = catchThrowableOfType(NamcException.class, () -> twinCipher.decrypt(
                new EncryptedSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(raw)), CONTEXT));

        assertThat(e.code()).isEqualTo(ErrorCode.SECRET_UNREADABLE);
    }

    @Test
    void afterRotationOldCiphertextsStillDecryptButAreNotCurrent() {
        EncryptedSecret old = cipher.encrypt(plaintext(), CONTEXT);
        Keyring rotated = Keyring.of("k2", Map.of("k1", KeyringTest.key(1), "k2", KeyringTest.key(2)));
        AesGcmSecretCipher rotatedCipher = new AesGcmSecretCipher(rotated, random);

        EncryptedSecret fresh = rotatedCipher.encrypt(plaintext(), CONTEXT);

        assertThat(rotatedCipher.decrypt(old, CONTEXT)).isEqualTo(plaintext());
        assertThat(rotatedCipher.isCurrent(old)).isFalse();
        assertThat(rotatedCipher.decrypt(fresh, CONTEXT)).isEqualTo(plaintext());
        assertThat(rotatedCipher.isCurrent(fresh)).isTrue();
    }

    @Test
    void anUnknownKeyIdFails() {
        Keyring other = Keyring.of("k2", Map.of("k2", KeyringTest.key(2)));
        EncryptedSecret fromElsewhere = new AesGcmSecretCipher(other, random).encrypt(plaintext(), CONTEXT);

        NamcException e = assertUnreadable(fromElsewhere, CONTEXT);

        assertThat(e.getMessage()).contains("k2");
        assertThat(cipher.isCurrent(fromElsewhere)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "AA", "AgJrMQ", "AQJrMQAAAAAAAAAAAAAAAAAAAAAA",
        "AQBrMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AQJr4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void malformedCiphertextsFailAndAreNotCurrent(String value) {
        EncryptedSecret garbage = new EncryptedSecret(value);

        assertUnreadable(garbage, CONTEXT);
        assertThat(cipher.isCurrent(garbage)).isFalse();
    }

    @Test
    void aWellFormedHeaderWithAForgedTagIsCurrentButUnreadable() {
        // isCurrent reads only the header (it has no context to authenticate with).
        EncryptedSecret forged = new EncryptedSecret("AQJrMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        assertThat(cipher.isCurrent(forged)).isTrue();
        assertUnreadable(forged, CONTEXT);
    }

    @Test
    void aCiphertextOfAnotherVersionIsNotCurrent() {
        byte[] raw = Base64.getUrlDecoder().decode(cipher.encrypt(plaintext(), CONTEXT).value());
        raw[0] = 2;
        EncryptedSecret future = new EncryptedSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));

        assertThat(cipher.isCurrent(future)).isFalse();
        assertUnreadable(future, CONTEXT);
    }

    @Test
    void nothingSecretLeaksIntoMessagesOrToString() {
        EncryptedSecret encrypted = cipher.encrypt(plaintext(), CONTEXT);

        NamcException e = assertUnreadable(encrypted, new SecretContext("member", "other", "totp"));

        assertThat(e.getMessage()).doesNotContain(PLAINTEXT).doesNotContain(encrypted.value());
        assertThat(e.getCause()).isNull();
        assertThat(encrypted.toString()).doesNotContain(PLAINTEXT).doesNotContain(encrypted.value());
        assertThat(cipher.toString()).doesNotContain(new String(KeyringTest.key(1), StandardCharsets.ISO_8859_1));
    }

    private NamcException assertUnreadable(EncryptedSecret encrypted, SecretContext context) {
        NamcException e = catchThrowableOfType(NamcException.class, () -> cipher.decrypt(encrypted, context));
        assertThat(e).as("decrypting must fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.SECRET_UNREADABLE);
        return e;
    }
}
