package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.projects.domain.ContractorQualifications;
import org.namc.projects.spi.Qualifications;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Contractor qualifications in memory, one per member, with the database's version check. */
public final class InMemoryQualifications implements Qualifications {
    private final InMemoryTable<MemberId, ContractorQualifications> table;

    public InMemoryQualifications(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized ContractorQualifications save(ContractorQualifications qualifications) {
        Optional<ContractorQualifications> stored = table.get(qualifications.memberId());
        long expected = stored.map(ContractorQualifications::version).orElse(0L);
        if (stored.isPresent() && expected != qualifications.version()) {
            throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "the qualifications of member " + qualifications.memberId()
                    + " were changed concurrently (version " + qualifications.version() + " is stale)");
        }
        ContractorQualifications saved = qualifications.atVersion(stored.isPresent() ? expected + 1 : 0);
        table.put(qualifications.memberId(), saved);
        return saved;
    }

    @Override
    public Optional<ContractorQualifications> find(MemberId member) {
        return table.get(member);
    }

    @Override
    public Page<ContractorQualifications> list(PageRequest page) {
        List<ContractorQualifications> all = table.where(q -> true);
        all.sort(Comparator.comparing(q -> q.memberId().value()));
        return Page.slice(all, page);
    }
}
