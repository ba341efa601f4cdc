package org.namc.notifications.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * The VAPID token (RFC 8292): a JWT signed with ES256 by the application server's key, naming
 * the push service's origin ({@code aud}), an expiry at most 24 hours ahead ({@code exp}) and a
 * contact ({@code sub}); sent as {@code Authorization: vapid t=<jwt>, k=<public key>}.
 */
public final class VapidJwt {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private VapidJwt() {
    }

    /** The origin of an endpoint: scheme, host, and port when not the default. */
    public static String audience(URI endpoint) {
        return endpoint.getScheme() + "://" + endpoint.getHost() + (endpoint.getPort() == -1 ? "" : ":"
                + endpoint.getPort());
    }

    public static String token(VapidKeys keys, String audience, Instant expiresAt, String subject) {
        String header = B64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = B64.encodeToString(("{\"aud\":\"" + json(audience) + "\",\"exp\":" + expiresAt.getEpochSecond()
                + ",\"sub\":\"" + json(subject) + "\"}").getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + claims;
        try {
            // JWS wants the raw r||s (IEEE P1363), not the DER the plain algorithm produces.
            Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initSign(keys.privateKey());
            es256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(es256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ES256 is part of every Java runtime", e);
        }
    }

    public static String authorization(VapidKeys keys, URI endpoint, Instant expiresAt, String subject) {
        return "vapid t=" + token(keys, audience(endpoint), expiresAt, subject) + ", k=" + keys.publicKeyBase64Url();
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
