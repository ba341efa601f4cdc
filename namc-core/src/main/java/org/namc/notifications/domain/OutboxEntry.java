package org.namc.notifications.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/**
 * One notification waiting to go out on one channel. It is written in the same unit of work as
 * the notification (and the change that caused it), and leaves the outbox only once the
 * channel accepted it, the retries ran out, or it expired: delivery is at least once. Digest
 * entries of the same member, channel, category and release time go out together as one message.
 */
public record OutboxEntry(UUID id, NotificationId notificationId, MemberId recipient, Channel channel, String category,
                          boolean digest, Instant releaseAt, Status status, int attempts, Instant nextAttemptAt,
                          @Nullable String lastError, @Nullable Instant finishedAt, Instant createdAt) {

    public enum Status { PENDING, DELIVERED, FAILED, EXPIRED }

    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(releaseAt, "releaseAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static OutboxEntry pending(UUID id, Notification notification, Channel channel, boolean digest,
                                      Instant releaseAt, Instant now) {
        return new OutboxEntry(id, notification.id(), notification.recipient(), channel, notification.category(), digest,
                releaseAt, Status.PENDING, 0, releaseAt, null, null, now);
    }

    /** Entries with the same key leave as one message. */
    public String groupKey() {
        return digest ? "digest:" + recipient + ":" + channel + ":" + category + ":" + releaseAt : "single:" + id;
    }

    public boolean isDueAt(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now);
    }

    public OutboxEntry delivered(Instant now) {
        return with(Status.DELIVERED, attempts + 1, nextAttemptAt, null, now);
    }

    /** A failed attempt: retried at {@code retryAt}, or given up when that is null. */
    public OutboxEntry failed(String error, @Nullable Instant retryAt, Instant now) {
        return retryAt == null ? with(Status.FAILED, attempts + 1, nextAttemptAt, error, now)
                : with(Status.PENDING, attempts + 1, retryAt, error, null);
    }

    /**
     * Taken by a dispatch run until {@code leaseEnd}: not due for other runs before then, and due
     * again then if the run never recorded an outcome.
     */
    public OutboxEntry claimedUntil(Instant leaseEnd) {
        return with(status, attempts, leaseEnd, lastError, finishedAt);
    }

    /**
     * The leading whole groups of {@code due} (already in dispatch order) that fit in {@code limit}
     * entries; the first group is taken even when it is larger, so a big digest still leaves.
     */
    public static List<OutboxEntry> firstWholeGroups(List<OutboxEntry> due, int limit) {
        Map<String, List<OutboxEntry>> groups = new LinkedHashMap<>();
        due.forEach(e -> groups.computeIfAbsent(e.groupKey(), k -> new ArrayList<>()).add(e));
        List<OutboxEntry> taken = new ArrayList<>();
        for (List<OutboxEntry> group : groups.values()) {
            if (!taken.isEmpty() && taken.size() + group.size() > limit) {
                break;
            }
            taken.addAll(group);
        }
        return taken;
    }

    /** A claim given back unused (a worker shutting down): due again at {@code now}. */
    public OutboxEntry released(Instant now) {
        return with(status, attempts, now, lastError, finishedAt);
    }

    public OutboxEntry expired(Instant now) {
        return with(Status.EXPIRED, attempts, nextAttemptAt, null, now);
    }

    private OutboxEntry with(Status newStatus, int newAttempts, Instant next, @Nullable String error,
                             @Nullable Instant finished) {
        return new OutboxEntry(id, notificationId, recipient, channel, category, digest, releaseAt, newStatus,
                newAttempts, next, error, finished, createdAt);
    }
}
