package org.namc.notifications.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Violations;

/**
 * One notification to one member, as the seed's {@code notifications} row holds it: content,
 * channels asked for, scheduling and expiry, the deduplication key, and where it stands on each
 * channel. {@code html} is the rendered HTML body of a templated notification. Immutable; every
 * change returns a new instance.
 */
public record Notification(NotificationId id, MemberId recipient, NotificationType type, String title, String message,
                           Set<Channel> channels, Priority priority, String category, Map<String, String> data,
                           @Nullable String actionUrl, @Nullable String actionText, @Nullable Instant scheduledFor,
                           @Nullable Instant expiresAt, @Nullable String dedupKey, @Nullable String templateName,
                           @Nullable String html, Instant createdAt, @Nullable Instant readAt, Map<Channel, ChannelDelivery> deliveries) {

    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
    private static final Pattern ACTION_URL = Pattern.compile("(https?://|/)[^\\s]{0,2000}");

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(createdAt, "createdAt");
        channels = Collections.unmodifiableSet(channels.isEmpty() ? Set.of() : EnumSet.copyOf(channels));
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        EnumMap<Channel, ChannelDelivery> copy = new EnumMap<>(Channel.class);
        copy.putAll(deliveries);
        deliveries = Collections.unmodifiableMap(copy);
    }

    /** Checks what a sender asked for; field names are those of the sending command. */
    public static Violations check(@Nullable String title, @Nullable String message, @Nullable Set<Channel> channels,
                                   @Nullable String category, @Nullable Map<String, String> data,
                                   @Nullable String actionUrl, @Nullable String actionText,
                                   @Nullable Instant scheduledFor, @Nullable Instant expiresAt,
                                   @Nullable String dedupKey) {
        return Violations.collect()
                .singleLineText(title, "title", 200)
                .notBlank(message, "message", 5000)
                .check(channels != null && !channels.isEmpty(), "channels", ViolationRule.REQUIRED, "name at least one channel")
                .check(category == null || CATEGORY.matcher(category).matches(), "category", ViolationRule.FORMAT,
                        "must be lower-case letters, digits and dashes, at most 50")
                .maxSize(data == null ? null : data.entrySet(), "data", 50)
                .check(actionUrl == null || ACTION_URL.matcher(actionUrl).matches(), "actionUrl", "url",
                        "must be an http(s) address or a path starting with /")
                .maxLength(actionText, "actionText", 50)
                .check(expiresAt == null || scheduledFor == null || expiresAt.isAfter(scheduledFor), "expiresAt",
                        "after", "must be after scheduledFor")
                .maxLength(dedupKey, "dedupKey", 200);
    }

    public boolean isCritical() {
        return type.isCritical();
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** When it may first go out: its schedule, or its creation. */
    public Instant dueAt() {
        return scheduledFor != null && scheduledFor.isAfter(createdAt) ? scheduledFor : createdAt;
    }

    /** Whether the member sees it in their in-app list at {@code now}. */
    public boolean isVisibleAt(Instant now) {
        return channels.contains(Channel.IN_APP) && !dueAt().isAfter(now) && !isExpiredAt(now);
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Notification read(Instant now) {
        return readAt != null ? this : with(now, deliveries);
    }

    public Notification withDelivery(Channel channel, ChannelDelivery delivery) {
        Map<Channel, ChannelDelivery> next = new EnumMap<>(Channel.class);
        next.putAll(deliveries);
        next.put(channel, delivery);
        return with(readAt, next);
    }

    public List<Channel> channelList() {
        return List.copyOf(channels);
    }

    private Notification with(@Nullable Instant read, Map<Channel, ChannelDelivery> newDeliveries) {
        return new Notification(id, recipient, type, title, message, channels, priority, category, data, actionUrl,
                actionText, scheduledFor, expiresAt, dedupKey, templateName, html, createdAt, read, newDeliveries);
    }
}
