package org.namc.messaging;

import java.time.Instant;
import org.namc.messaging.domain.MessageId;
import org.namc.shared.domain.MemberId;

/** The receiver read the message, first at {@code readAt}. */
public record ReadReceipt(MessageId messageId, MemberId reader, Instant readAt) {
}
