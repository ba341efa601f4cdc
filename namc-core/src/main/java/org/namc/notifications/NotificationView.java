package org.namc.notifications;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.ChannelDelivery;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.domain.Priority;
import org.namc.shared.domain.MemberId;

/** One notification to one member, as a reader sees it. Built for readers: immutable, no behaviour. */
public record NotificationView(NotificationId id,
                               MemberId recipient,
                               NotificationType type,
                               String title,
                               String message,
                               Set<Channel> channels,
                               Priority priority,
                               String category,
                               Map<String, String> data,
                               @Nullable String actionUrl,
                               @Nullable String actionText,
                               @Nullable Instant scheduledFor,
                               @Nullable Instant expiresAt,
                               @Nullable String dedupKey,
                               @Nullable String templateName,
                               @Nullable String html,
                               Instant createdAt,
                               @Nullable Instant readAt,
                               Map<Channel, ChannelDelivery> deliveries,
                               boolean read) {

    public static NotificationView of(Notification notification) {
        return new NotificationView(notification.id(), notification.recipient(), notification.type(), notification.title(),
                notification.message(), notification.channels(), notification.priority(), notification.category(),
                notification.data(), notification.actionUrl(), notification.actionText(), notification.scheduledFor(),
                notification.expiresAt(), notification.dedupKey(), notification.templateName(), notification.html(),
                notification.createdAt(), notification.readAt(), notification.deliveries(), notification.isRead());
    }
}
