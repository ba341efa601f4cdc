package org.namc.testing.inmemory;

import java.util.function.UnaryOperator;
import org.namc.NamcPortalBuilder;
import org.namc.audit.domain.AuditEntry;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.contract.AuditScenarios;

class InMemoryAuditScenariosTest extends AuditScenarios {
    private InMemoryPortal portal;

    @Override
    protected PortalFixture newPortal(NamcPortalBuilder settings) {
        portal = InMemoryPortal.create(MutableClock.at("2026-01-15T09:00:00Z"), settings);
        return portal;
    }

    @Override
    protected void alterStoredEntry(long sequence, UnaryOperator<AuditEntry> change) {
        portal.adapters().auditEntries().tamper(sequence, change);
    }

    @Override
    protected AuditEntry storedEntry(long sequence) {
        return portal.adapters().auditEntries().entries().stream().filter(e -> e.sequence() == sequence).findFirst()
                .orElseThrow();
    }

    @Override
    protected void deleteStoredEntry(long sequence) {
        portal.adapters().auditEntries().erase(sequence);
    }
}
