package org.namc.shared.spi;

import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.SecretContext;

/**
 * Encrypts secrets at rest (TOTP secrets, meeting passwords). Implementations must
 * authenticate the {@link SecretContext} with the ciphertext and must support key rotation:
 * old ciphertexts stay readable, {@link #isCurrent} tells which ones to re-encrypt.
 * A ciphertext that cannot be read raises {@code SECRET_UNREADABLE}.
 */
public interface SecretCipher {

    EncryptedSecret encrypt(byte[] plaintext, SecretContext context);

    byte[] decrypt(EncryptedSecret ciphertext, SecretContext context);

    /** Whether the ciphertext was made with the current key and format. */
    boolean isCurrent(EncryptedSecret ciphertext);
}
