package org.namc.messaging.domain;

import java.time.Instant;
import java.util.Objects;
import org.namc.shared.domain.MemberId;

/** {@code blocker} accepts no more messages from {@code blocked}. */
public record Block(MemberId blocker, MemberId blocked, Instant since) {
    public Block {
        Objects.requireNonNull(blocker, "blocker");
        Objects.requireNonNull(blocked, "blocked");
        Objects.requireNonNull(since, "since");
    }
}
