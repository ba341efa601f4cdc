package org.namc.persistence.jpa.notifications;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.domain.OutboxEntry;
import org.namc.notifications.domain.Priority;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.shared.domain.MemberId;

/** Notifications built as domain objects and queued straight into the stores, for the adapter tests. */
public final class TestNotifications {
    private TestNotifications() {
    }

    public static Notification notification(MemberId to, String category, Set<Channel> channels, Instant createdAt,
                                            @Nullable Instant expiresAt) {
        return new Notification(new NotificationId(UUID.randomUUID()), to, NotificationType.EVENT, "Title", "Message",
                channels, Priority.NORMAL, category, Map.of(), null, null, null, expiresAt, null, null, null, createdAt,
                null, Map.of());
    }

    /** Saves the notification and one pending outbox entry per channel, released at {@code releaseAt}. */
    public static Notification queue(JpaPersistence store, Notification n, boolean digest, Instant releaseAt) {
        store.notifications().save(n);
        for (Channel channel : n.channels()) {
            store.outbox().save(OutboxEntry.pending(UUID.randomUUID(), n, channel, digest, releaseAt, n.createdAt()));
        }
        return n;
    }
}
