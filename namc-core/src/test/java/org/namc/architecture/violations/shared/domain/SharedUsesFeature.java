package org.namc.architecture.violations.shared.domain;

import org.namc.architecture.violations.alpha.AlphaApi;

/** Rule 2b: the shared kernel depending on a feature. */
public final class SharedUsesFeature {
    public String call(AlphaApi alpha) {
        return alpha.run();
    }
}
