package org.namc.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.messaging.domain.Attachment;
import org.namc.messaging.domain.MessageId;
import org.namc.messaging.domain.MessagePriority;
import org.namc.shared.domain.MemberId;

/** A reply by {@code author} to a message they took part in; it joins that message's thread. */
public record ReplyToMessage(@NotNull MessageId parent, @NotNull MemberId author,
                             @Size(max = 200) @Nullable String subject, @NotBlank @Size(max = 10_000) String content,
                             @NotNull MessagePriority priority, @NotNull @Size(max = 10) List<Attachment> attachments) {

    public static ReplyToMessage of(MessageId parent, MemberId author, String content) {
        return new ReplyToMessage(parent, author, null, content, MessagePriority.NORMAL, List.of());
    }
}
