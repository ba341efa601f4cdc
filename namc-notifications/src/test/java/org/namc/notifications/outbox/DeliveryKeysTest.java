package org.namc.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryKeysTest {
    static final String KEY = "7d1c2a56-1111-4a4a-9e9e-000000000001";

    @Test
    void readsTheKeyBackFromOurMessageIdsOnly() {
        assertThat(DeliveryKeys.fromMessageId("<" + KEY + "@mail.namc.example>", "mail.namc.example")).contains(KEY);
        assertThat(DeliveryKeys.fromMessageId(" " + KEY + "@MAIL.namc.example ", "mail.namc.example")).contains(KEY);
        assertThat(DeliveryKeys.fromMessageId("<" + KEY + "@elsewhere.example>", "mail.namc.example")).isEmpty();
        assertThat(DeliveryKeys.fromMessageId("<CAF1234@mail.gmail.com>", "mail.namc.example")).isEmpty();
        assertThat(DeliveryKeys.fromMessageId("<------------------------------------@mail.namc.example>",
                "mail.namc.example")).isEmpty();
    }
}
