package org.namc.architecture.violations.shared.internal;

/** The kernel's internal package: open to every feature's internal package and to the root. */
public final class SharedScope {
    public String name() {
        return "scope";
    }
}
