package org.namc.membership.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class TotpSecretsTest {

    @Test
    void secretsAre160RandomBits() {
        TotpSecrets secrets = new TotpSecrets(new SecureRandom());

        byte[] first = secrets.newSecret();
        byte[] second = secrets.newSecret();

        assertThat(first).hasSize(20);
        assertThat(second).hasSize(20).isNotEqualTo(first);
    }

    @Test
    void secretsComeFromTheInjectedRandom() {
        byte[] first = new TotpSecrets(seeded()).newSecret();
        byte[] second = new TotpSecrets(seeded()).newSecret();

        assertThat(first).isEqualTo(second);
    }

    @Test
    void theUriCarriesLabelSecretAndParameters() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        String uri = TotpSecrets.otpauthUri("NAMC NorCal", "jane+site@example.org", secret);

        assertThat(uri).isEqualTo("otpauth://totp/NAMC%20NorCal:jane%2Bsite%40example.org"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=NAMC%20NorCal"
                + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void labelPartsThatContainSeparatorsAreEncoded() {
        String uri = TotpSecrets.otpauthUri("A:B&C", "x?y", new byte[] {1});

        assertThat(uri).startsWith("otpauth://totp/A%3AB%26C:x%3Fy?secret=AE&issuer=A%3AB%26C&");
    }

    @Test
    void issuerAndAccountAreRequired() {
        assertThatIllegalArgumentException().isThrownBy(() -> TotpSecrets.otpauthUri(" ", "jane", new byte[20]));
        assertThatIllegalArgumentException().isThrownBy(() -> TotpSecrets.otpauthUri("NAMC", "", new byte[20]));
    }

    private static SecureRandom seeded() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(42L);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
