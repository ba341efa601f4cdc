package org.namc.notifications.domain;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/**
 * What a {@code NotificationChannel} is asked to send: one message to one member. A channel
 * finds the member's address itself. {@code key} stays the same across retries of the same
 * message, so a channel can drop a duplicate of a message it already sent.
 *
 * @param sources  the notifications this message carries: one, or every alert of a digest
 * @param category the category the member can switch off (a channel offers to unsubscribe from it)
 * @param critical a security alert: it reaches the member whatever they opted out of, so a channel
 *                 offers no unsubscribe
 */
public record Delivery(String key, MemberId recipient, Channel channel, Priority priority, String subject, String body,
                       @Nullable String html, @Nullable String actionUrl, List<NotificationId> sources, int attempt,
                       String category, boolean critical, @Nullable String actionText) {
    public Delivery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(category, "category");
        sources = List.copyOf(sources);
    }

    public boolean isDigest() {
        return sources.size() > 1;
    }
}
