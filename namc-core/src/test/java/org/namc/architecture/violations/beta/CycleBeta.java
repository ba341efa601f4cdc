package org.namc.architecture.violations.beta;

import org.namc.architecture.violations.alpha.CycleAlpha;

/** Rule 2a: beta -> alpha, while alpha -> beta. */
public final class CycleBeta {
    public CycleAlpha partner() {
        return new CycleAlpha();
    }
}
