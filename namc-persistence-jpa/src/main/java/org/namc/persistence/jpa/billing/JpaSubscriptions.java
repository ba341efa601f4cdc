package org.namc.persistence.jpa.billing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.billing.domain.Subscription;
import org.namc.billing.domain.SubscriptionId;
import org.namc.billing.spi.Subscriptions;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;

/**
 * Subscriptions in {@code subscriptions}. Inside a unit of work {@link #findById} locks the row
 * until the unit ends (see {@link JpaTransactions#lockForChange}): a renewal by the billing run
 * and a member's cancellation queue up instead of one failing with {@code CONFLICT}.
 */
public final class JpaSubscriptions implements Subscriptions {
    private final JpaTransactions transactions;

    public JpaSubscriptions(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Subscription save(Subscription subscription) {
        return transactions.withEntityManager(em -> subscription.atVersion(RowWrites.saveVersioned(em,
                SubscriptionJpaEntity.class, subscription.id().value(), subscription.version(),
                "subscription " + subscription.id(), () -> SubscriptionMapper.newEntity(subscription),
                row -> SubscriptionMapper.copyInto(subscription, row))));
    }

    @Override
    public Optional<Subscription> findById(SubscriptionId id) {
        return transactions.withEntityManager(em -> Optional.ofNullable(em.find(SubscriptionJpaEntity.class,
                id.value(), transactions.lockForChange())).map(SubscriptionMapper::toDomain));
    }

    @Override
    public List<Subscription> forMember(MemberId member) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select s from SubscriptionJpaEntity s where s.userId = :member
                        order by s.createdAt desc, s.id desc""", SubscriptionJpaEntity.class)
                .setParameter("member", member.value())
                .getResultStream()
                .map(SubscriptionMapper::toDomain)
                .toList());
    }

    @Override
    public List<Subscription> dueBy(Instant now, int limit) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select s from SubscriptionJpaEntity s where s.nextActionAt <= :now
                        order by s.nextActionAt, s.id""", SubscriptionJpaEntity.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultStream()
                .map(SubscriptionMapper::toDomain)
                .toList());
    }
}
