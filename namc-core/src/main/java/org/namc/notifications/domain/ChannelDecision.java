package org.namc.notifications.domain;

import java.time.Instant;

/** What the planner decided for one channel of one notification, and why, in words. */
public sealed interface ChannelDecision {

    Channel channel();

    String reason();

    /** Goes out on its own at {@code at} (now, at its schedule, or when quiet hours end). */
    record Send(Channel channel, Instant at, String reason) implements ChannelDecision {
    }

    /** Held and bundled with the category's other alerts into one message at {@code at}. */
    record Digest(Channel channel, Instant at, String reason) implements ChannelDecision {
    }

    /** Not sent on this channel. */
    record Skip(Channel channel, String reason) implements ChannelDecision {
    }
}
