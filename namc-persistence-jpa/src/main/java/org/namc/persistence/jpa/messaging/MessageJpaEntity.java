package org.namc.persistence.jpa.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.messaging.domain.MessagePriority;
import org.namc.messaging.domain.MessageType;
import org.namc.persistence.jpa.shared.VersionedRow;

/**
 * A row of {@code messages}. Package-private: only {@link MessageMapper} sees it. Participants,
 * thread and parent are referenced by id (no associations), so listings load nothing row by row.
 */
@Entity
@Table(name = "messages")
class MessageJpaEntity extends VersionedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "sender_id", nullable = false, updatable = false)
    UUID senderId;

    @Column(name = "receiver_id", nullable = false, updatable = false)
    UUID receiverId;

    @Column(name = "subject", nullable = false)
    String subject;

    @Column(name = "content", nullable = false)
    String content;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "message_type", nullable = false, columnDefinition = "message_type_enum")
    MessageType type;

    @Column(name = "is_read", nullable = false)
    boolean read;

    @Column(name = "read_at")
    @Nullable Instant readAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "priority", nullable = false, columnDefinition = "message_priority_enum")
    MessagePriority priority;

    @Column(name = "thread_id", nullable = false, updatable = false)
    UUID threadId;

    @Column(name = "reply_to_id", updatable = false)
    @Nullable UUID replyToId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "attachments", nullable = false, columnDefinition = "jsonb")
    List<AttachmentJson> attachments;

    @Column(name = "is_flagged", nullable = false)
    boolean flagged;

    @Column(name = "flagged_by")
    @Nullable UUID flaggedBy;

    @Column(name = "flagged_reason")
    @Nullable String flaggedReason;

    @Column(name = "flagged_at")
    @Nullable Instant flaggedAt;

    @Column(name = "is_hidden", nullable = false)
    boolean hidden;

    @Column(name = "moderated_by")
    @Nullable UUID moderatedBy;

    @Column(name = "moderation_reason")
    @Nullable String moderationReason;

    @Column(name = "moderated_at")
    @Nullable Instant moderatedAt;

    @Column(name = "deleted_by_sender_at")
    @Nullable Instant deletedBySenderAt;

    @Column(name = "deleted_by_receiver_at")
    @Nullable Instant deletedByReceiverAt;

    /** The seed's erasure of the whole message; the core never sets it, every query honours it. */
    @Column(name = "deleted_at")
    @Nullable Instant deletedAt;

    /** For Hibernate. */
    MessageJpaEntity() {
    }

    MessageJpaEntity(UUID id, UUID senderId, UUID receiverId, UUID threadId, @Nullable UUID replyToId,
                     Instant createdAt) {
        this.id = id;
        this.senderId = senderId;
        this.receiverId = receiverId;
        this.threadId = threadId;
        this.replyToId = replyToId;
        this.createdAt = createdAt;
    }
}
