package org.namc.architecture.violations.beta.domain;

import org.namc.architecture.violations.alpha.internal.AlphaServiceImpl;

/** Rule 3 (beta reaches alpha's internal package) and rule 8 (domain depends on internal). */
public final class UsesAlphaInternal {
    public String use(AlphaServiceImpl service) {
        return service.run();
    }
}
