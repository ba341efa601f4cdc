package org.namc.persistence.jpa.messaging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.messaging.domain.Message;
import org.namc.messaging.domain.MessageId;
import org.namc.messaging.spi.Messages;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Messages in the {@code messages} table. Every query skips rows erased as a whole
 * ({@code deleted_at}); participants' own deletions and moderators' hiding filter as the port says.
 *
 * <p>Concurrency: the core reads a message and saves it changed in one unit of work. The save
 * updates the row only at the version that unit read ({@code UPDATE ... WHERE version = ?}), so of
 * two units changing one message at once the second fails with {@code CONFLICT} instead of
 * overwriting the first one's change (a flag lost under a read receipt, say).
 */
public final class JpaMessages implements Messages {
    private static final String NEWEST_FIRST = " order by m.createdAt desc, m.id desc";
    private static final String LIVE = "m.deletedAt is null";
    private static final String VISIBLE_TO_RECEIVER = "m.receiverId = :member and m.deletedByReceiverAt is null"
            + " and m.hidden = false and " + LIVE;
    private static final String VISIBLE_TO_SENDER = "m.senderId = :member and m.deletedBySenderAt is null"
            + " and m.hidden = false and " + LIVE;

    private final JpaTransactions transactions;

    public JpaMessages(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(Message message) {
        transactions.withEntityManager(em -> {
            MessageJpaEntity entity = em.find(MessageJpaEntity.class, message.id().value());
            if (entity == null) {
                em.persist(MessageMapper.newEntity(message));
            } else {
                MessageMapper.copyInto(message, entity);
            }
            em.flush(); // a stale version surfaces from save itself, not at commit
            return null;
        });
    }

    @Override
    public Optional<Message> findById(MessageId id) {
        return transactions.withEntityManager(em -> Optional.ofNullable(em.find(MessageJpaEntity.class, id.value()))
                .filter(entity -> entity.deletedAt == null)
                .map(MessageMapper::toDomain));
    }

    @Override
    public Page<Message> inbox(MemberId member, PageRequest page) {
        return page(VISIBLE_TO_RECEIVER, page, "member", member.value());
    }

    @Override
    public Page<Message> sent(MemberId member, PageRequest page) {
        return page(VISIBLE_TO_SENDER, page, "member", member.value());
    }

    @Override
    public long unreadCount(MemberId member) {
        return transactions.withEntityManager(em ->
                count(em, VISIBLE_TO_RECEIVER + " and m.readAt is null", "member", member.value()));
    }

    @Override
    public Page<Message> thread(MessageId threadId, MemberId viewer, PageRequest page) {
        String visible = "m.threadId = :thread and ((" + VISIBLE_TO_RECEIVER + ") or (" + VISIBLE_TO_SENDER + "))";
        return page(visible, page, "thread", threadId.value(), "member", viewer.value());
    }

    @Override
    public Page<Message> fullThread(MessageId threadId, PageRequest page) {
        return page("m.threadId = :thread and " + LIVE, page, "thread", threadId.value());
    }

    @Override
    public Page<Message> flagged(PageRequest page) {
        return page("m.flagged = true and (m.moderatedAt is null or m.moderatedAt < m.flaggedAt) and " + LIVE, page);
    }

    /** One page and the total, in two statements whatever the page holds; {@code parameters} alternate name, value. */
    private Page<Message> page(String where, PageRequest page, Object... parameters) {
        return transactions.withEntityManager(em -> {
            long total = count(em, where, parameters);
            TypedQuery<MessageJpaEntity> query = em.createQuery("select m from MessageJpaEntity m where " + where
                    + NEWEST_FIRST, MessageJpaEntity.class);
            bind(query, parameters);
            List<Message> items = query.setFirstResult(Math.toIntExact(page.offset())).setMaxResults(page.size())
                    .getResultStream().map(MessageMapper::toDomain).toList();
            return new Page<>(items, page, total);
        });
    }

    private static long count(EntityManager em, String where, Object... parameters) {
        TypedQuery<Long> query = em.createQuery("select count(m) from MessageJpaEntity m where " + where, Long.class);
        bind(query, parameters);
        return query.getSingleResult();
    }

    private static void bind(TypedQuery<?> query, Object... parameters) {
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
    }
}
