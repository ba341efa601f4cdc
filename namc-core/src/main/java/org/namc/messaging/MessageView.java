package org.namc.messaging;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.messaging.domain.Attachment;
import org.namc.messaging.domain.Flag;
import org.namc.messaging.domain.Message;
import org.namc.messaging.domain.MessageId;
import org.namc.messaging.domain.MessagePriority;
import org.namc.messaging.domain.MessageType;
import org.namc.messaging.domain.Moderation;
import org.namc.shared.domain.MemberId;

/** A direct message, as a reader sees it. Built for readers: immutable, no behaviour. */
public record MessageView(MessageId id,
                          MemberId sender,
                          MemberId receiver,
                          String subject,
                          String content,
                          MessageType type,
                          MessagePriority priority,
                          List<Attachment> attachments,
                          MessageId threadId,
                          @Nullable MessageId replyTo,
                          @Nullable Instant readAt,
                          @Nullable Flag flag,
                          @Nullable Moderation moderation,
                          @Nullable Instant deletedBySenderAt,
                          @Nullable Instant deletedByReceiverAt,
                          Instant createdAt,
                          Instant updatedAt,
                          boolean hidden) {

    public static MessageView of(Message message) {
        return new MessageView(message.id(), message.sender(), message.receiver(), message.subject(),
                message.content(), message.type(), message.priority(), message.attachments(),
                message.threadId(), message.replyTo(), message.readAt(), message.flag(),
                message.moderation(), message.deletedBySenderAt(), message.deletedByReceiverAt(), message.createdAt(),
                message.updatedAt(), message.isHidden());
    }
}
