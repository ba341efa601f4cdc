package org.namc.persistence.jpa;

import org.jspecify.annotations.Nullable;

/** Closing what the library opened (entity manager factories, pools), all of it even when one fails. */
final class Resources {
    private Resources() {
    }

    /**
     * Closes each resource in order, skipping nulls.
     *
     * @throws IllegalStateException after trying all of them, when any failed; later failures are suppressed in it
     */
    static void closeAll(@Nullable AutoCloseable... resources) {
        IllegalStateException failure = null;
        for (AutoCloseable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing " + resource + " failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Closes the resources a failed start had opened, keeping the start's failure the one thrown. */
    static RuntimeException closedAfter(RuntimeException startFailure, @Nullable AutoCloseable... resources) {
        try {
            closeAll(resources);
        } catch (IllegalStateException closeFailure) {
            startFailure.addSuppressed(closeFailure);
        }
        return startFailure;
    }
}
