package org.namc.audit;

import org.namc.audit.domain.RequestContext;

/**
 * Where the audit trail learns which request a use case runs in. The host gives one to the
 * builder (e.g. reading its web framework's request); without one, entries carry
 * {@link RequestContext#NONE}. {@link ThreadLocalRequestContext} suits thread-per-request hosts.
 */
@FunctionalInterface
public interface RequestContextSource {

    RequestContext current();

    static RequestContextSource none() {
        return () -> RequestContext.NONE;
    }
}
