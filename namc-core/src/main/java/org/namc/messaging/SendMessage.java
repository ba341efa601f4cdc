package org.namc.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.namc.messaging.domain.Attachment;
import org.namc.messaging.domain.MessagePriority;
import org.namc.messaging.domain.MessageType;
import org.namc.shared.domain.MemberId;

/** A new message, starting a thread. */
public record SendMessage(@NotNull MemberId sender, @NotNull MemberId receiver,
                          @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 10_000) String content,
                          @NotNull MessageType type, @NotNull MessagePriority priority,
                          @NotNull @Size(max = 10) List<Attachment> attachments) {

    public static SendMessage direct(MemberId sender, MemberId receiver, String subject, String content) {
        return new SendMessage(sender, receiver, subject, content, MessageType.DIRECT, MessagePriority.NORMAL, List.of());
    }
}
