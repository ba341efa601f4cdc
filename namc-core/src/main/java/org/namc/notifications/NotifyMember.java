package org.namc.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.domain.Priority;
import org.namc.shared.domain.MemberId;

/**
 * A notification to send. {@code category} defaults to the type's ({@code project},
 * {@code event}, ...); {@code dedupKey} makes a repeat within the deduplication window a no-op;
 * {@code scheduledFor} delays it, {@code expiresAt} drops it if it could not go out in time.
 */
public record NotifyMember(@NotNull MemberId recipient, @NotNull NotificationType type,
                           @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String message,
                           @NotEmpty Set<Channel> channels, @NotNull Priority priority,
                           @Nullable String category, @NotNull @Size(max = 50) Map<String, String> data,
                           @Nullable String actionUrl, @Size(max = 50) @Nullable String actionText,
                           @Nullable Instant scheduledFor, @Nullable Instant expiresAt,
                           @Size(max = 200) @Nullable String dedupKey) {

    /** In-app and email, normal priority, the type's category. */
    public static NotifyMember of(MemberId recipient, NotificationType type, String title, String message) {
        return new NotifyMember(recipient, type, title, message, EnumSet.of(Channel.IN_APP, Channel.EMAIL),
                Priority.NORMAL, null, Map.of(), null, null, null, null, null);
    }

    public NotifyMember on(Channel... onChannels) {
        return new NotifyMember(recipient, type, title, message, Set.of(onChannels), priority, category, data,
                actionUrl, actionText, scheduledFor, expiresAt, dedupKey);
    }

    public NotifyMember inCategory(String newCategory) {
        return new NotifyMember(recipient, type, title, message, channels, priority, newCategory, data, actionUrl,
                actionText, scheduledFor, expiresAt, dedupKey);
    }

    public NotifyMember withDedupKey(String key) {
        return new NotifyMember(recipient, type, title, message, channels, priority, category, data, actionUrl,
                actionText, scheduledFor, expiresAt, key);
    }

    public NotifyMember withAction(String url, String text) {
        return new NotifyMember(recipient, type, title, message, channels, priority, category, data, url, text,
                scheduledFor, expiresAt, dedupKey);
    }

    public NotifyMember withData(Map<String, String> newData) {
        return new NotifyMember(recipient, type, title, message, channels, priority, category, newData, actionUrl,
                actionText, scheduledFor, expiresAt, dedupKey);
    }

    public NotifyMember scheduled(@Nullable Instant at, @Nullable Instant expires) {
        return new NotifyMember(recipient, type, title, message, channels, priority, category, data, actionUrl,
                actionText, at, expires, dedupKey);
    }

    public NotifyMember withPriority(Priority newPriority) {
        return new NotifyMember(recipient, type, title, message, channels, newPriority, category, data, actionUrl,
                actionText, scheduledFor, expiresAt, dedupKey);
    }
}
