package org.namc.notifications.outbox;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox's delivery key as channels carry it, read back from what providers report: an
 * email's {@code Message-ID} ({@code <key@domain>}, as the SMTP channel writes it, often quoted
 * back by SES, SendGrid and Postmark events and by bounce reports), so that a host can turn a
 * provider's event into a {@link org.namc.notifications.DeliveryEvent}.
 */
public final class DeliveryKeys {
    private static final Pattern MESSAGE_ID = Pattern.compile("\\s*<?([0-9a-fA-F-]{36})@([^>\\s]+)>?\\s*");

    private DeliveryKeys() {
    }

    /** The key inside {@code messageId} when it is one of ours (a UUID at {@code domain}); empty otherwise. */
    public static Optional<String> fromMessageId(String messageId, String domain) {
        Matcher m = MESSAGE_ID.matcher(messageId);
        if (!m.matches() || !m.group(2).equalsIgnoreCase(domain)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(m.group(1)).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
