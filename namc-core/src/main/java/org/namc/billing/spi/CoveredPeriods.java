package org.namc.billing.spi;

import java.util.List;
import java.util.Optional;
import org.namc.billing.domain.CoveredPeriod;
import org.namc.shared.domain.MemberId;

/** The ledger of membership periods paid for or granted; one per source key. */
public interface CoveredPeriods {

    /** Inserts, or replaces the period with the same source (to record a cut-off). */
    void save(CoveredPeriod period);

    Optional<CoveredPeriod> findBySource(String source);

    /** The member's periods, by start. */
    List<CoveredPeriod> forMember(MemberId member);
}
