package org.namc.audit.domain;

import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/**
 * What the host knows about the request a use case runs in: its id, the session, the
 * client's address and agent. Every part is optional; {@link #NONE} when the host gives none.
 */
public record RequestContext(@Nullable String requestId, @Nullable String sessionId, @Nullable String ipAddress,
                             @Nullable String userAgent) {

    public static final RequestContext NONE = new RequestContext(null, null, null, null);

    public RequestContext {
        Violations.collect()
                .maxLength(requestId, "requestId", 200)
                .maxLength(sessionId, "sessionId", 200)
                .maxLength(ipAddress, "ipAddress", 45)
                .maxLength(userAgent, "userAgent", 1000)
                .throwIfAny();
    }

    public static RequestContext of(String requestId, String sessionId) {
        return new RequestContext(requestId, sessionId, null, null);
    }
}
