package org.namc.persistence.jpa.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.namc.notifications.domain.NotificationId;
import org.namc.notifications.domain.OutboxEntry;
import org.namc.notifications.spi.Outbox;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;

/**
 * The outbox in {@code notification_outbox}, shared by dispatchers in several processes.
 *
 * <p>{@link #due} locks the rows it returns with {@code FOR UPDATE SKIP LOCKED}: a concurrent
 * dispatcher passes over them instead of queueing behind them (a plain lock would make it wait,
 * then deliver the same rows), and once the claiming unit has moved their next attempt to its
 * lease end and committed, they are no longer due for anyone.
 */
public final class JpaOutbox implements Outbox {
    /**
     * The first {@code limit} due rows, plus the rest of the digest groups among them, so that
     * no group is split; rows another transaction holds are skipped in both steps.
     */
    private static final String CLAIM_DUE = """
            with head as (
              select id, digest, user_id, channel, category, release_at from notification_outbox
              where status = 'PENDING' and next_attempt_at <= :now
              order by release_at, created_at, id
              limit :limit
              for update skip locked)
            select o.* from notification_outbox o
            where o.status = 'PENDING' and o.next_attempt_at <= :now
              and (o.id in (select id from head)
                   or (o.digest and (o.user_id, o.channel, o.category, o.release_at) in
                       (select user_id, channel, category, release_at from head where digest)))
            order by o.release_at, o.created_at, o.id
            for update skip locked""";

    private final JpaTransactions transactions;

    public JpaOutbox(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(OutboxEntry entry) {
        transactions.withEntityManager(em -> {
            OutboxEntryJpaEntity stored = em.find(OutboxEntryJpaEntity.class, entry.id());
            if (stored == null) {
                em.persist(new OutboxEntryJpaEntity(entry));
            } else {
                stored.copyProgress(entry);
            }
            RowWrites.flush(em);
            return null;
        });
    }

    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
        return transactions.withEntityManager(em -> {
            @SuppressWarnings("unchecked")
            List<OutboxEntryJpaEntity> rows = em.createNativeQuery(CLAIM_DUE, OutboxEntryJpaEntity.class)
                    .setParameter("now", now)
                    .setParameter("limit", limit)
                    .getResultList();
            return OutboxEntry.firstWholeGroups(rows.stream().map(JpaOutbox::toDomain).toList(), limit);
        });
    }

    @Override
    public Optional<OutboxEntry> findById(UUID id) {
        return transactions.withEntityManager(em ->
                Optional.ofNullable(em.find(OutboxEntryJpaEntity.class, id)).map(JpaOutbox::toDomain));
    }

    @Override
    public List<OutboxEntry> forNotification(NotificationId notification) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select o from OutboxEntryJpaEntity o where o.notificationId = :notification
                        order by o.createdAt, o.channel""", OutboxEntryJpaEntity.class)
                .setParameter("notification", notification.value())
                .getResultStream()
                .map(JpaOutbox::toDomain)
                .toList());
    }

    private static OutboxEntry toDomain(OutboxEntryJpaEntity e) {
        return new OutboxEntry(e.id, new NotificationId(e.notificationId), new MemberId(e.userId), e.channel,
                e.category, e.digest, e.releaseAt, e.status, e.attempts, e.nextAttemptAt, e.lastError, e.finishedAt,
                e.createdAt);
    }
}
