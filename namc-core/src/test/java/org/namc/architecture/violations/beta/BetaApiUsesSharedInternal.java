package org.namc.architecture.violations.beta;

import org.namc.architecture.violations.shared.internal.SharedScope;

/** Rule 3: a feature's non-internal package reaching into the kernel's internal package. */
public final class BetaApiUsesSharedInternal {
    public String scopeName() {
        return new SharedScope().name();
    }
}
