package org.namc.persistence.jpa.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.OutboxEntry;

/** A row of {@code notification_outbox}: one notification waiting to go out on one channel. */
@Entity
@Table(name = "notification_outbox")
class OutboxEntryJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "notification_id", nullable = false, updatable = false)
    UUID notificationId;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "channel", nullable = false, updatable = false, columnDefinition = "notification_channel_enum")
    Channel channel;

    @Column(name = "category", nullable = false, updatable = false)
    String category;

    @Column(name = "digest", nullable = false, updatable = false)
    boolean digest;

    @Column(name = "release_at", nullable = false, updatable = false)
    Instant releaseAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "status", nullable = false, columnDefinition = "outbox_status_enum")
    OutboxEntry.Status status;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "last_error")
    @Nullable String lastError;

    @Column(name = "finished_at")
    @Nullable Instant finishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    /** For Hibernate. */
    OutboxEntryJpaEntity() {
    }

    OutboxEntryJpaEntity(OutboxEntry entry) {
        this.id = entry.id();
        this.notificationId = entry.notificationId().value();
        this.userId = entry.recipient().value();
        this.channel = entry.channel();
        this.category = entry.category();
        this.digest = entry.digest();
        this.releaseAt = entry.releaseAt();
        this.createdAt = entry.createdAt();
        copyProgress(entry);
    }

    /** What changes as the dispatcher works on the entry. */
    void copyProgress(OutboxEntry entry) {
        this.status = entry.status();
        this.attempts = entry.attempts();
        this.nextAttemptAt = entry.nextAttemptAt();
        this.lastError = entry.lastError();
        this.finishedAt = entry.finishedAt();
    }
}
