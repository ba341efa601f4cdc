package org.namc.access.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.access.domain.PermissionRule;
import org.namc.shared.authorization.Decision;

/**
 * One way a subject may hold a permission: a rule, where it came from and until when.
 * The allowing decision is built once here so that a permitted request allocates nothing.
 */
record Alternative(PermissionRule rule, String source, @Nullable Instant expiresAt, Decision.Allowed allowed) {

    static Alternative of(PermissionRule rule, String source, @Nullable Instant expiresAt) {
        return new Alternative(rule, source, expiresAt, new Decision.Allowed(source + " grants " + rule));
    }

    boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
