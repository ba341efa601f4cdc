package org.namc.testing;

import java.util.List;
import org.namc.NamcPortal;
import org.namc.shared.domain.AuditRecord;

/** A portal under test with its hand-set clock: what the scenario suites run against. */
public interface PortalFixture {

    NamcPortal portal();

    MutableClock clock();

    /** Everything the audit trail holds, oldest first. */
    List<AuditRecord> auditRecords();

    /** The portal's secret cipher, whose keys a test may rotate and retire. */
    RotatingKeys keys();
}
