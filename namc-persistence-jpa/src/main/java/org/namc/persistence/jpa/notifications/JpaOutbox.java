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
     * The first {@code limit} due rows, plus the rest of the digest groups among them; rows another
     * transaction holds are skipped. A digest group of which some due row was skipped (another
     * dispatcher is claiming it at this instant, or a late run is recording it) is left out whole:
     * taking the rest would split one digest into two messages. Its rows stay due for the next run.
     */
    private static final String CLAIM_DUE = """
            with head as (
              select id, digest, user_id, channel, category, release_at from notification_outbox
              where status = 'PENDING' and next_attempt_at <= :now
              order by release_at, created_at, id
              limit :limit
              for update skip locked),
            taken as (
              select o.* from notification_outbox o
              where o.status = 'PENDING' and o.next_attempt_at <= :now
                and (o.id in (select id from head)
                     or (o.digest and (o.user_id, o.channel, o.category, o.release_at) in
                         (select user_id, channel, category, release_at from head where digest)))
              for update skip locked)
            select t.* from taken t
            where not t.digest
               or (select count(*) from taken mine
                   where mine.digest and mine.user_id = t.user_id and mine.channel = t.channel
                     and mine.category = t.category and mine.release_at = t.release_at)
                = (select count(*) from notification_outbox due
                   where due.status = 'PENDING' and due.next_attempt_at <= :now and due.digest
                     and due.user_id = t.user_id and due.channel = t.channel
                     and due.category = t.category and due.release_at = t.release_at)
            order by t.release_at, t.created_at, t.id""";

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
