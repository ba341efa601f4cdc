package org.namc.notifications;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.namc.shared.crypto.Keyring;
import org.namc.shared.crypto.KeyringMac;
import org.namc.shared.domain.MemberId;

/**
 * The signed token of a one-click unsubscribe link (RFC 8058): it names a member and a category
 * and needs no login, so it is signed with a key from the keyring and carries nothing secret.
 * Format {@code u1.<key id>.<base64url(member:category)>.<base64url(HMAC-SHA256)>}. The email
 * channel puts it in {@code List-Unsubscribe}; {@link NotificationsApi#unsubscribe} checks it.
 */
public final class UnsubscribeTokens {
    private static final String VERSION = "u1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a valid token names. */
    public record Subject(MemberId member, String category) {
    }

    private final KeyringMac mac;

    public UnsubscribeTokens(Keyring keyring) {
        this.mac = new KeyringMac(keyring, "notifications.unsubscribe.v1");
    }

    public String issue(MemberId member, String category) {
        byte[] payload = (member.value() + ":" + category).getBytes(StandardCharsets.UTF_8);
        return VERSION + "." + mac.currentKeyId() + "." + ENCODER.encodeToString(payload) + "."
                + ENCODER.encodeToString(mac.sign(payload));
    }

    /** What the token names, or empty when it is malformed, signed by an unknown key, or tampered with. */
    public Optional<Subject> verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0]) || !Keyring.isValidKeyId(parts[1])) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(parts[2]);
            if (!mac.verify(parts[1], payload, DECODER.decode(parts[3]))) {
                return Optional.empty();
            }
            String text = new String(payload, StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return Optional.of(new Subject(new MemberId(UUID.fromString(text.substring(0, colon))),
                    text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "UnsubscribeTokens[" + mac + "]";
    }
}
