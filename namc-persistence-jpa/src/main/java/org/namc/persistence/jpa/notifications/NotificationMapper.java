package org.namc.persistence.jpa.notifications;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.ChannelDelivery;
import org.namc.notifications.domain.DeliveryState;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.NotificationId;
import org.namc.shared.domain.MemberId;

/** Maps the core's {@link Notification} to and from {@link NotificationJpaEntity}. */
final class NotificationMapper {
    private NotificationMapper() {
    }

    static NotificationJpaEntity newEntity(Notification notification) {
        NotificationJpaEntity entity = new NotificationJpaEntity(notification.id().value(),
                notification.recipient().value(), notification.createdAt());
        copyInto(notification, entity);
        return entity;
    }

    static void copyInto(Notification n, NotificationJpaEntity entity) {
        entity.type = n.type();
        entity.title = n.title();
        entity.message = n.message();
        entity.channels = ChannelArrays.toArray(n.channels());
        entity.readAt = n.readAt();
        Map<String, ChannelDeliveryJson> status = new LinkedHashMap<>();
        n.deliveries().forEach((channel, d) -> status.put(channel.name(),
                new ChannelDeliveryJson(d.state().name(), d.attempts(), d.at() == null ? null : d.at().toString(),
                        d.detail())));
        entity.deliveryStatus = status;
        entity.scheduledFor = n.scheduledFor();
        entity.sentAt = firstDelivery(n);
        entity.expiresAt = n.expiresAt();
        entity.priority = n.priority();
        entity.category = n.category();
        entity.data = new LinkedHashMap<>(n.data());
        entity.actionUrl = n.actionUrl();
        entity.actionText = n.actionText();
        entity.dedupKey = n.dedupKey();
        entity.templateName = n.templateName();
        entity.htmlBody = n.html();
        entity.updatedAt = lastChange(n);
    }

    static Notification toDomain(NotificationJpaEntity e) {
        Map<Channel, ChannelDelivery> deliveries = new EnumMap<>(Channel.class);
        e.deliveryStatus.forEach((channel, d) -> deliveries.put(Channel.valueOf(channel),
                new ChannelDelivery(DeliveryState.valueOf(d.state()), d.attempts(),
                        d.at() == null ? null : Instant.parse(d.at()), d.detail())));
        return new Notification(new NotificationId(e.id), new MemberId(e.userId), e.type, e.title, e.message,
                ChannelArrays.toSet(e.channels), e.priority, e.category, e.data, e.actionUrl, e.actionText,
                e.scheduledFor, e.expiresAt, e.dedupKey, e.templateName, e.htmlBody, e.createdAt, e.readAt, deliveries);
    }

    private static @Nullable Instant firstDelivery(Notification n) {
        return n.deliveries().values().stream().filter(d -> d.state() == DeliveryState.DELIVERED)
                .map(ChannelDelivery::at).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    /** The row's {@code updated_at}: the latest instant it records, so no clock is read here. */
    private static Instant lastChange(Notification n) {
        return Stream.concat(Stream.of(n.createdAt(), n.readAt()), n.deliveries().values().stream()
                        .map(ChannelDelivery::at))
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(n.createdAt());
    }
}
