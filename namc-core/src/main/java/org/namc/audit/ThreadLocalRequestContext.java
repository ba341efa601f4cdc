package org.namc.audit;

import java.util.function.Supplier;
import org.namc.audit.domain.RequestContext;

/**
 * A {@link RequestContextSource} for hosts that serve each request on one thread: wrap the
 * request's calls into the portal in {@link #call}, and every audit entry written meanwhile on
 * that thread carries the context.
 */
public final class ThreadLocalRequestContext implements RequestContextSource {
    private final ThreadLocal<RequestContext> current = ThreadLocal.withInitial(() -> RequestContext.NONE);

    @Override
    public RequestContext current() {
        return current.get();
    }

    public <T> T call(RequestContext context, Supplier<T> work) {
        RequestContext outer = current.get();
        current.set(context);
        try {
            return work.get();
        } finally {
            current.set(outer);
        }
    }

    public void run(RequestContext context, Runnable work) {
        call(context, () -> {
            work.run();
            return null;
        });
    }
}
