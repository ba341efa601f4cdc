package org.namc.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.crypto.Keyring;
import org.namc.shared.domain.MemberId;

class UnsubscribeTokensTest {
    static final MemberId MARIA = new MemberId(UUID.fromString("5a1c0e55-0000-4000-8000-000000000001"));
    static final byte[] OLD_KEY = new byte[32];
    static final byte[] NEW_KEY = new byte[32];

    static {
        new SecureRandom().nextBytes(OLD_KEY);
        new SecureRandom().nextBytes(NEW_KEY);
    }

    @Test
    void aTokenNamesItsMemberAndCategoryAndCarriesNothingElse() {
        UnsubscribeTokens tokens = new UnsubscribeTokens(Keyring.of("k1", Map.of("k1", OLD_KEY)));
        String token = tokens.issue(MARIA, "event-reminders");

        assertThat(token).matches("u1\\.k1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
        assertThat(tokens.verify(token)).contains(new UnsubscribeTokens.Subject(MARIA, "event-reminders"));
    }

    @Test
    void aChangedCategoryMemberOrSignatureIsRefused() {
        UnsubscribeTokens tokens = new UnsubscribeTokens(Keyring.of("k1", Map.of("k1", OLD_KEY)));
        String[] parts = tokens.issue(MARIA, "event").split("\\.");
        String otherPayload = tokens.issue(MARIA, "security").split("\\.")[2];

        assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + otherPayload + "." + parts[3])).isEmpty();
        assertThat(tokens.verify(parts[0] + ".k2." + parts[2] + "." + parts[3])).isEmpty();
        assertThat(tokens.verify(String.join(".", parts) + "x")).isEmpty();
        assertThat(tokens.verify("u2." + parts[1] + "." + parts[2] + "." + parts[3])).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("u1.k1.!!.!!")).isEmpty();
    }

    @Test
    void tokensSignedWithARotatedOutKeyStayValidWhileTheKeyIsOnTheKeyring() {
        String old = new UnsubscribeTokens(Keyring.of("k1", Map.of("k1", OLD_KEY))).issue(MARIA, "event");

        UnsubscribeTokens rotated = new UnsubscribeTokens(Keyring.of("k2", Map.of("k1", OLD_KEY, "k2", NEW_KEY)));
        assertThat(rotated.verify(old)).isPresent();
        assertThat(rotated.issue(MARIA, "event")).startsWith("u1.k2.");

        UnsubscribeTokens retired = new UnsubscribeTokens(Keyring.of("k2", Map.of("k2", NEW_KEY)));
        assertThat(retired.verify(old)).isEmpty();
    }

    @Test
    void theSignatureIsNotThePlainKeyedHashOfTheAesKey() throws Exception {
        // A token signed directly with the encryption key would let one use of the key vouch for another.
        UnsubscribeTokens tokens = new UnsubscribeTokens(Keyring.of("k1", Map.of("k1", OLD_KEY)));
        String[] parts = tokens.issue(MARIA, "event").split("\\.");
        javax.crypto.Mac direct = javax.crypto.Mac.getInstance("HmacSHA256");
        direct.init(new javax.crypto.spec.SecretKeySpec(OLD_KEY, "HmacSHA256"));
        byte[] naive = direct.doFinal(java.util.Base64.getUrlDecoder().decode(parts[2]));

        assertThat(java.util.Base64.getUrlDecoder().decode(parts[3])).isNotEqualTo(naive);
    }
}
