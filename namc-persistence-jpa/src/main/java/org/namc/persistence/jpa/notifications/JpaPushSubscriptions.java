package org.namc.persistence.jpa.notifications;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.namc.notifications.domain.PushSubscription;
import org.namc.notifications.spi.PushSubscriptions;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;

/** Web Push subscriptions in {@code notification_push_subscriptions}, one row per endpoint. */
public final class JpaPushSubscriptions implements PushSubscriptions {
    private final JpaTransactions transactions;

    public JpaPushSubscriptions(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(PushSubscription s) {
        transactions.withEntityManager(em -> {
            PushSubscriptionJpaEntity row = em.createQuery(
                            "select p from PushSubscriptionJpaEntity p where p.endpoint = :endpoint",
                            PushSubscriptionJpaEntity.class)
                    .setParameter("endpoint", s.endpoint().toString()).getResultStream().findFirst().orElse(null);
            boolean isNew = row == null;
            if (isNew) {
                row = new PushSubscriptionJpaEntity();
                row.id = s.id();
                row.endpoint = s.endpoint().toString();
            }
            row.userId = s.member().value();
            row.p256dh = s.p256dh();
            row.auth = s.auth();
            row.createdAt = s.createdAt();
            if (isNew) {
                em.persist(row);
            }
            RowWrites.flush(em);
            return null;
        });
    }

    @Override
    public List<PushSubscription> forMember(MemberId member) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select p from PushSubscriptionJpaEntity p where p.userId = :member
                        order by p.createdAt, p.id""", PushSubscriptionJpaEntity.class)
                .setParameter("member", member.value()).getResultStream()
                .map(p -> new PushSubscription(p.id, new MemberId(p.userId), URI.create(p.endpoint), p.p256dh, p.auth,
                        p.createdAt))
                .toList());
    }

    @Override
    public boolean remove(URI endpoint) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "delete from PushSubscriptionJpaEntity p where p.endpoint = :endpoint")
                .setParameter("endpoint", endpoint.toString()).executeUpdate() > 0);
    }
}
