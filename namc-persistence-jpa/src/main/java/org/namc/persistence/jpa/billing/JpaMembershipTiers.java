package org.namc.persistence.jpa.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.spi.MembershipTiers;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;

/** Membership tiers in {@code membership_tiers}; the unique {@code name} column holds the code. */
public final class JpaMembershipTiers implements MembershipTiers {
    private final JpaTransactions transactions;

    public JpaMembershipTiers(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public MembershipTier save(MembershipTier tier) {
        return transactions.withEntityManager(em -> tier.atVersion(RowWrites.saveVersioned(em,
                MembershipTierJpaEntity.class, tier.id().value(), tier.version(), "membership tier " + tier.code(),
                () -> new MembershipTierJpaEntity(tier.id().value(), tier.createdAt()),
                row -> TierMapper.copyInto(tier, row))));
    }

    @Override
    public Optional<MembershipTier> findByCode(String code) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select t from MembershipTierJpaEntity t where t.code = :code", MembershipTierJpaEntity.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(TierMapper::toDomain));
    }

    @Override
    public List<MembershipTier> all() {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select t from MembershipTierJpaEntity t order by t.sortOrder, t.code",
                        MembershipTierJpaEntity.class)
                .getResultStream()
                .map(TierMapper::toDomain)
                .toList());
    }
}
