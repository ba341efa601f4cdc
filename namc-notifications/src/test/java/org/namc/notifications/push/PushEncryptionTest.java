package org.namc.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PushEncryptionTest {
    /** RFC 8291 Appendix A. */
    static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    static final String AS_PUBLIC = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    static final String UA_PUBLIC = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
    static final String BODY = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    static byte[] b64(String s) {
        return Base64.getUrlDecoder().decode(s);
    }

    @Test
    void reproducesTheRfc8291ExampleByteForByte() {
        byte[] body = PushEncryption.encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8), b64(UA_PUBLIC), b64(AUTH),
                VapidKeys.of(AS_PUBLIC, AS_PRIVATE), b64(SALT));

        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(body)).isEqualTo(BODY);
    }

    @Test
    void theExampleBrowserDecryptsWhatAFreshKeyAndSaltEncrypt() throws Exception {
        byte[] message = "{\"title\":\"Señal ✓\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = PushEncryption.encrypt(message, b64(UA_PUBLIC), b64(AUTH), new SecureRandom());

        assertThat(BrowserSide.decrypt(body, b64(UA_PRIVATE), b64(UA_PUBLIC), b64(AUTH))).isEqualTo("{\"title\":\"Señal ✓\"}");
        assertThat(body).hasSize(86 + message.length + 1 + 16);
    }

    @Test
    void aMessageLargerThanOneRecordIsRefused() {
        assertThatThrownBy(() -> PushEncryption.encrypt(new byte[3994], b64(UA_PUBLIC), b64(AUTH), new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PushEncryption.encrypt(new byte[3993], b64(UA_PUBLIC), b64(AUTH), new SecureRandom())).hasSize(4096);
    }
}
