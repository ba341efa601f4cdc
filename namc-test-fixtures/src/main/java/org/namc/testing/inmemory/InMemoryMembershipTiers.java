package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.domain.TierId;
import org.namc.billing.spi.MembershipTiers;
import org.namc.shared.domain.NamcException;

/** Membership tiers in memory, with the database's version and unique-code checks. */
public final class InMemoryMembershipTiers implements MembershipTiers {
    private final InMemoryTable<TierId, MembershipTier> table;

    public InMemoryMembershipTiers(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized MembershipTier save(MembershipTier tier) {
        Optional<MembershipTier> stored = table.get(tier.id());
        long next = InMemoryTable.nextVersion(stored, tier.version(), MembershipTier::version,
                "membershipTier " + tier.id());
        if (!table.where(t -> t.code().equals(tier.code()) && !t.id().equals(tier.id())).isEmpty()) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "another tier holds code " + tier.code());
        }
        MembershipTier saved = tier.atVersion(next);
        table.put(tier.id(), saved);
        return saved;
    }

    @Override
    public Optional<MembershipTier> findByCode(String code) {
        return table.where(t -> t.code().equals(code)).stream().findFirst();
    }

    @Override
    public List<MembershipTier> all() {
        return table.all().stream().sorted(Comparator.comparingInt((MembershipTier t) -> t.terms().sortOrder())
                .thenComparing(MembershipTier::code)).toList();
    }
}
