package org.namc.messaging.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/** The last moderation decision: hidden or restored, by which moderator ({@code null}: the system), when, why. */
public record Moderation(boolean hidden, @Nullable MemberId by, String reason, Instant at) {
    public Moderation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
