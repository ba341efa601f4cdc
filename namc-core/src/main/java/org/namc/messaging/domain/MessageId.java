package org.namc.messaging.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** Identifies a message; a thread is identified by the id of the message that started it. */
public record MessageId(UUID value) {
    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    public static MessageId of(String value) {
        return new MessageId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
