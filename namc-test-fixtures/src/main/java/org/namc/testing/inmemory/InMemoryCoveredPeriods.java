package org.namc.testing.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.billing.domain.CoveredPeriod;
import org.namc.billing.spi.CoveredPeriods;
import org.namc.shared.domain.MemberId;

/** The covered-periods ledger in memory, keyed by source. */
public final class InMemoryCoveredPeriods implements CoveredPeriods {
    private final InMemoryTable<String, CoveredPeriod> table;

    public InMemoryCoveredPeriods(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public void save(CoveredPeriod period) {
        table.put(period.source(), period);
    }

    @Override
    public Optional<CoveredPeriod> findBySource(String source) {
        return table.get(source);
    }

    @Override
    public List<CoveredPeriod> forMember(MemberId member) {
        return table.where(p -> p.member().equals(member)).stream()
                .sorted(Comparator.comparing((CoveredPeriod p) -> p.period().start()).thenComparing(CoveredPeriod::source))
                .toList();
    }
}
