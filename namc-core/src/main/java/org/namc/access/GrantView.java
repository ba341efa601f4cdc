package org.namc.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/** A grant and whether it counts now. */
public record GrantView(MemberId member, String roleName, @Nullable MemberId assignedBy, Instant assignedAt,
                        @Nullable Instant expiresAt, boolean effective) {
}
