package org.namc.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {
    /** The worked example of Twilio's "Webhooks security" guide. */
    static final String TOKEN = "12345";
    static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    static final Map<String, String> PARAMS = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+12349013030",
            "Digits", "1234", "From", "+12349013030", "To", "+18005551212");
    static final String DOCUMENTED = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

    @Test
    void matchesTheExampleInTwiliosDocumentation() {
        assertThat(TwilioSignature.sign(TOKEN, URL, PARAMS)).isEqualTo(DOCUMENTED);
        assertThat(TwilioSignature.verify(TOKEN, URL, PARAMS, DOCUMENTED)).isTrue();
    }

    @Test
    void anyChangeToTokenUrlOrParametersFailsTheCheck() {
        Map<String, String> tampered = new HashMap<>(PARAMS);
        tampered.put("Digits", "9999");

        assertThat(TwilioSignature.verify(TOKEN, URL, tampered, DOCUMENTED)).isFalse();
        assertThat(TwilioSignature.verify(TOKEN, "https://mycompany.com/myapp.php?foo=1&bar=3", PARAMS, DOCUMENTED))
                .isFalse();
        assertThat(TwilioSignature.verify("54321", URL, PARAMS, DOCUMENTED)).isFalse();
        assertThat(TwilioSignature.verify(TOKEN, URL, PARAMS, null)).isFalse();
        assertThat(TwilioSignature.verify(TOKEN, URL, PARAMS, DOCUMENTED.substring(1))).isFalse();
    }
}
