package org.namc.messaging.domain;

import java.time.Instant;
import java.util.Objects;
import org.namc.shared.domain.MemberId;

/** A participant reported the message to the moderators. */
public record Flag(MemberId by, String reason, Instant at) {
    public Flag {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
