package org.namc.architecture.violations.gamma;

/** Rule 7: this package has no package-info at all. */
public final class MissingPackageInfo {
}
