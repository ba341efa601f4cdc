package org.namc.testing.contract;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.domain.Priority;
import org.namc.shared.domain.MemberId;

/** Notifications built straight as domain objects, for the store contracts. */
final class NotificationStoreFixtures {
    private NotificationStoreFixtures() {
    }

    static Notification notification(MemberId to, Instant createdAt, @Nullable Instant scheduledFor,
                                     @Nullable Instant expiresAt, @Nullable String dedupKey) {
        return new Notification(new NotificationId(UUID.randomUUID()), to, NotificationType.EVENT, "Title", "Message",
                EnumSet.of(Channel.IN_APP, Channel.EMAIL), Priority.NORMAL, "event", Map.of("eventId", "e-1"),
                "/events/e-1", "View", scheduledFor, expiresAt, dedupKey, null, null, createdAt, null, Map.of());
    }
}
