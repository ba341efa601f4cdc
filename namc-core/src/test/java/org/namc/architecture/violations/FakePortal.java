package org.namc.architecture.violations;

import org.namc.architecture.violations.alpha.AlphaApi;
import org.namc.architecture.violations.alpha.internal.AlphaServiceImpl;
import org.namc.architecture.violations.shared.internal.SharedScope;

/** Root-package wiring: allowed to reach every feature's internals (rule 3 must NOT flag this). */
public final class FakePortal {
    private final AlphaApi alpha = new AlphaServiceImpl(new SharedScope());

    public AlphaApi alpha() {
        return alpha;
    }
}
