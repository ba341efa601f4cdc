package org.namc.persistence.jpa.messaging;

import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.messaging.domain.Attachment;
import org.namc.messaging.domain.Flag;
import org.namc.messaging.domain.Message;
import org.namc.messaging.domain.MessageId;
import org.namc.messaging.domain.Moderation;
import org.namc.shared.domain.MemberId;

/** Copies between the core's {@link Message} and its {@code messages} row, field by field. */
final class MessageMapper {
    private MessageMapper() {
    }

    static MessageJpaEntity newEntity(Message message) {
        MessageJpaEntity entity = new MessageJpaEntity(message.id().value(), message.sender().value(),
                message.receiver().value(), message.threadId().value(),
                message.replyTo() == null ? null : message.replyTo().value(), message.createdAt());
        copyInto(message, entity);
        return entity;
    }

    /** Everything but the participants, the thread, the creation time and the version. */
    static void copyInto(Message message, MessageJpaEntity entity) {
        entity.subject = message.subject();
        entity.content = message.content();
        entity.type = message.type();
        entity.priority = message.priority();
        entity.attachments = message.attachments().stream().map(a -> new AttachmentJson(a.fileName(),
                a.contentType(), a.sizeBytes(), a.location().toString())).toList();
        entity.read = message.readAt() != null;
        entity.readAt = message.readAt();
        Flag flag = message.flag();
        entity.flagged = flag != null;
        entity.flaggedBy = flag == null ? null : flag.by().value();
        entity.flaggedReason = flag == null ? null : flag.reason();
        entity.flaggedAt = flag == null ? null : flag.at();
        Moderation moderation = message.moderation();
        entity.hidden = moderation != null && moderation.hidden();
        entity.moderatedBy = moderation == null || moderation.by() == null ? null : moderation.by().value();
        entity.moderationReason = moderation == null ? null : moderation.reason();
        entity.moderatedAt = moderation == null ? null : moderation.at();
        entity.deletedBySenderAt = message.deletedBySenderAt();
        entity.deletedByReceiverAt = message.deletedByReceiverAt();
        entity.updatedAt = message.updatedAt();
    }

    static Message toDomain(MessageJpaEntity entity) {
        Flag flag = entity.flaggedAt == null ? null
                : new Flag(new MemberId(entity.flaggedBy), entity.flaggedReason, entity.flaggedAt);
        Moderation moderation = entity.moderatedAt == null ? null
                : new Moderation(entity.hidden, memberId(entity.moderatedBy), entity.moderationReason, entity.moderatedAt);
        return new Message(new MessageId(entity.id), new MemberId(entity.senderId), new MemberId(entity.receiverId),
                entity.subject, entity.content, entity.type, entity.priority,
                entity.attachments.stream().map(a -> new Attachment(a.fileName(), a.contentType(), a.sizeBytes(),
                        URI.create(a.location()))).toList(),
                new MessageId(entity.threadId), entity.replyToId == null ? null : new MessageId(entity.replyToId),
                entity.readAt, flag, moderation, entity.deletedBySenderAt, entity.deletedByReceiverAt,
                entity.createdAt, entity.updatedAt);
    }

    private static @Nullable MemberId memberId(@Nullable UUID id) {
        return id == null ? null : new MemberId(id);
    }
}
