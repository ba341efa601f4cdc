package org.namc.shared.spi;

import org.namc.shared.domain.AuditRecord;

/** Where every state-changing use case reports what it did, succeeded or not. */
@FunctionalInterface
public interface AuditTrail {
    void record(AuditRecord record);
}
