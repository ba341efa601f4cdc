package org.namc.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class VapidJwtTest {
    final VapidKeys keys = VapidKeys.generate(new SecureRandom());

    /** ES256's raw r||s as the DER SEQUENCE of two INTEGERs that the plain JCA algorithm verifies. */
    static byte[] der(byte[] raw) {
        byte[] r = new BigInteger(1, Arrays.copyOfRange(raw, 0, 32)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64)).toByteArray();
        byte[] out = new byte[6 + r.length + s.length];
        out[0] = 0x30;
        out[1] = (byte) (4 + r.length + s.length);
        out[2] = 0x02;
        out[3] = (byte) r.length;
        System.arraycopy(r, 0, out, 4, r.length);
        out[4 + r.length] = 0x02;
        out[5 + r.length] = (byte) s.length;
        System.arraycopy(s, 0, out, 6 + r.length, s.length);
        return out;
    }

    @Test
    void theAuthorizationHeaderCarriesAnEs256TokenThatTheAdvertisedKeyVerifies() throws Exception {
        String header = VapidJwt.authorization(keys, URI.create("https://updates.push.services.mozilla.com/wpush/v2/abc"),
                Instant.parse("2026-12-08T21:00:00Z"), "mailto:ops@namc.example");

        assertThat(header).matches("vapid t=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+, k=[A-Za-z0-9_-]{87}");
        String jwt = header.substring("vapid t=".length(), header.indexOf(", k="));
        byte[] advertised = Base64.getUrlDecoder().decode(header.substring(header.indexOf("k=") + 2));
        String[] parts = jwt.split("\\.");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
                .isEqualTo("{\"typ\":\"JWT\",\"alg\":\"ES256\"}");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .isEqualTo("{\"aud\":\"https://updates.push.services.mozilla.com\",\"exp\":1796763600,"
                        + "\"sub\":\"mailto:ops@namc.example\"}");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        assertThat(signature).hasSize(64);

        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(BrowserSide.publicKey(advertised));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(der(signature))).isTrue();

        verifier.initVerify(BrowserSide.publicKey(VapidKeys.generate(new SecureRandom()).publicKeyBytes()));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(der(signature))).isFalse();
    }

    @Test
    void theAudienceIsTheEndpointsOrigin() {
        assertThat(VapidJwt.audience(URI.create("https://fcm.googleapis.com/fcm/send/x"))).isEqualTo("https://fcm.googleapis.com");
        assertThat(VapidJwt.audience(URI.create("https://localhost:8443/push/1"))).isEqualTo("https://localhost:8443");
    }
}
