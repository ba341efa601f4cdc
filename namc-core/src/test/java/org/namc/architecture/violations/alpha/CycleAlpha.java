package org.namc.architecture.violations.alpha;

import org.namc.architecture.violations.beta.CycleBeta;

/** Rule 2a: alpha -> beta, while beta -> alpha. */
public final class CycleAlpha {
    public CycleBeta partner() {
        return new CycleBeta();
    }
}
