package org.namc.architecture.violations.alpha.spi;

/** A legal outbound port. */
public interface AlphaStore {
    void save(String value);
}
