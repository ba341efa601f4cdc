package org.namc.architecture.violations.alpha.domain;

import org.namc.architecture.violations.alpha.spi.AlphaStore;

/** Rule 8: a domain class that depends on an spi package. */
public final class DomainUsesSpi {
    public void saveYourself(AlphaStore store) {
        store.save("me");
    }
}
