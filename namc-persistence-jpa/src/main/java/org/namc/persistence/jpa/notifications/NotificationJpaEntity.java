package org.namc.persistence.jpa.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.domain.Priority;
import org.namc.persistence.jpa.shared.TextArrayJdbcType;
import org.namc.persistence.jpa.shared.TimestampedRow;

/**
 * A row of {@code notifications}. The generated columns {@code is_read} and {@code due_at} are
 * left unmapped (the database derives them); {@code template_id} and {@code template_variables}
 * stay NULL: the core keeps the template's name, and the rendered text is the message.
 */
@Entity
@Table(name = "notifications")
class NotificationJpaEntity extends TimestampedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "type", nullable = false, columnDefinition = "notification_type_enum")
    NotificationType type;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "message", nullable = false)
    String message;

    @JdbcType(TextArrayJdbcType.class)
    @ColumnTransformer(write = ChannelArrays.WRITE)
    @Column(name = "channels", nullable = false, columnDefinition = "notification_channel_enum[]")
    String[] channels;

    @Column(name = "read_at")
    @Nullable Instant readAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "delivery_status", nullable = false, columnDefinition = "jsonb")
    Map<String, ChannelDeliveryJson> deliveryStatus;

    @Column(name = "scheduled_for")
    @Nullable Instant scheduledFor;

    /** When the first channel accepted it. */
    @Column(name = "sent_at")
    @Nullable Instant sentAt;

    @Column(name = "expires_at")
    @Nullable Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "priority", nullable = false, columnDefinition = "notification_priority_enum")
    Priority priority;

    @Column(name = "category")
    String category;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    Map<String, String> data;

    @Column(name = "action_url")
    @Nullable String actionUrl;

    @Column(name = "action_text")
    @Nullable String actionText;

    @Column(name = "dedup_key")
    @Nullable String dedupKey;

    @Column(name = "template_name")
    @Nullable String templateName;

    @Column(name = "html_body")
    @Nullable String htmlBody;

    /** For Hibernate. */
    NotificationJpaEntity() {
    }

    NotificationJpaEntity(UUID id, UUID userId, Instant createdAt) {
        this.id = id;
        this.userId = userId;
        this.createdAt = createdAt;
    }
}
