package org.namc.architecture.violations.alpha;

/** The primary port of feature alpha (a legal class). */
public interface AlphaApi {
    String run();
}
