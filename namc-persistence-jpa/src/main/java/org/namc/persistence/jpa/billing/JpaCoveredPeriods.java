package org.namc.persistence.jpa.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.CoveredPeriod;
import org.namc.billing.domain.SubscriptionId;
import org.namc.billing.spi.CoveredPeriods;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;

/**
 * The covered-periods ledger in {@code covered_periods}. The source is the primary key, so a
 * payment applied twice in concurrent units covers nothing twice: the second insert is a unique
 * violation and its unit fails with {@code CONFLICT}.
 */
public final class JpaCoveredPeriods implements CoveredPeriods {
    private final JpaTransactions transactions;

    public JpaCoveredPeriods(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(CoveredPeriod period) {
        transactions.withEntityManager(em -> {
            CoveredPeriodJpaEntity stored = em.find(CoveredPeriodJpaEntity.class, period.source());
            CoveredPeriodJpaEntity row = stored != null ? stored : new CoveredPeriodJpaEntity(period.source(),
                    period.member().value(), period.subscription().value());
            row.tier = period.tier();
            row.periodStart = period.period().start();
            row.periodEnd = period.period().end();
            row.cutOffAt = period.cutOffAt();
            if (stored == null) {
                em.persist(row);
            }
            RowWrites.flush(em);
            return null;
        });
    }

    @Override
    public Optional<CoveredPeriod> findBySource(String source) {
        return transactions.withEntityManager(em -> Optional.ofNullable(em.find(CoveredPeriodJpaEntity.class, source))
                .map(JpaCoveredPeriods::toDomain));
    }

    @Override
    public List<CoveredPeriod> forMember(MemberId member) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select p from CoveredPeriodJpaEntity p where p.userId = :member
                        order by p.periodStart, p.source""", CoveredPeriodJpaEntity.class)
                .setParameter("member", member.value())
                .getResultStream()
                .map(JpaCoveredPeriods::toDomain)
                .toList());
    }

    private static CoveredPeriod toDomain(CoveredPeriodJpaEntity row) {
        return new CoveredPeriod(row.source, new MemberId(row.userId), new SubscriptionId(row.subscriptionId),
                row.tier, new BillingPeriod(row.periodStart, row.periodEnd), row.cutOffAt);
    }
}
