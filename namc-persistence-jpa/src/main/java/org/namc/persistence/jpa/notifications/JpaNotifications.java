package org.namc.persistence.jpa.notifications;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.notifications.domain.Notification;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.spi.Notifications;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Notifications in the {@code notifications} table. The inbox reads the generated
 * {@code due_at} column (in index order) and tests the channel array in SQL, where the
 * enum array compares natively; each listing is one statement for the page and one for the total.
 */
public final class JpaNotifications implements Notifications {
    /** In-app, due, not expired: what {@code Notification.isVisibleAt} says, as SQL. */
    private static final String VISIBLE = """
            from notifications
            where user_id = :member and 'IN_APP' = any(channels) and due_at <= :now
              and (expires_at is null or expires_at > :now)""";

    private final JpaTransactions transactions;

    public JpaNotifications(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(Notification notification) {
        transactions.withEntityManager(em -> {
            NotificationJpaEntity stored = em.find(NotificationJpaEntity.class, notification.id().value());
            if (stored == null) {
                em.persist(NotificationMapper.newEntity(notification));
            } else {
                NotificationMapper.copyInto(notification, stored);
            }
            RowWrites.flush(em);
            return null;
        });
    }

    /**
     * Inside a unit of work the row stays locked until the unit ends: the core reads a
     * notification, changes one channel's status and saves it whole, and two dispatchers doing
     * so for different channels would otherwise each overwrite the other's outcome (the table
     * has no version column to detect it).
     */
    @Override
    public Optional<Notification> findById(NotificationId id) {
        LockModeType lock = transactions.lockForChange();
        return transactions.withEntityManager(em -> Optional.ofNullable(
                em.find(NotificationJpaEntity.class, id.value(), lock)).map(NotificationMapper::toDomain));
    }

    @Override
    public Optional<Notification> findByDedupKey(MemberId recipient, String dedupKey, Instant since) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select n from NotificationJpaEntity n
                        where n.userId = :member and n.dedupKey = :key and n.createdAt >= :since
                        order by n.createdAt desc""", NotificationJpaEntity.class)
                .setParameter("member", recipient.value())
                .setParameter("key", dedupKey)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(NotificationMapper::toDomain));
    }

    @Override
    public Page<Notification> inbox(MemberId recipient, Instant now, PageRequest page) {
        return transactions.withEntityManager(em -> {
            @SuppressWarnings("unchecked")
            List<NotificationJpaEntity> rows = em.createNativeQuery(
                            "select * " + VISIBLE + " order by due_at desc, created_at desc, id desc",
                            NotificationJpaEntity.class)
                    .setParameter("member", recipient.value())
                    .setParameter("now", now)
                    .setFirstResult(Math.toIntExact(page.offset()))
                    .setMaxResults(page.size())
                    .getResultList();
            long total = count(em, "select count(*) " + VISIBLE, recipient, now);
            return new Page<>(rows.stream().map(NotificationMapper::toDomain).toList(), page, total);
        });
    }

    @Override
    public long unreadCount(MemberId recipient, Instant now) {
        return transactions.withEntityManager(em ->
                count(em, "select count(*) " + VISIBLE + " and read_at is null", recipient, now));
    }

    private static long count(EntityManager em, String sql, MemberId recipient, Instant now) {
        return ((Number) em.createNativeQuery(sql)
                .setParameter("member", recipient.value())
                .setParameter("now", now)
                .getSingleResult()).longValue();
    }
}
