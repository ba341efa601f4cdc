package org.namc.architecture.violations.shared.domain;

import org.namc.architecture.violations.FakePortal;

/** Rule 2b: the shared kernel depending on a root-package class. */
public final class SharedUsesRoot {
    public String call(FakePortal portal) {
        return portal.alpha().run();
    }
}
