package org.namc.shared.spi;

import java.util.UUID;

/** Hands out new, never repeated identifiers for aggregates. */
@FunctionalInterface
public interface IdGenerator {
    UUID newId();
}
