package org.namc.persistence.jpa.messaging;

import java.util.List;
import java.util.Objects;
import org.namc.messaging.domain.Block;
import org.namc.messaging.spi.MemberBlocks;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.domain.MemberId;

/** Blocks in {@code member_blocks}, one row per pair and direction. */
public final class JpaMemberBlocks implements MemberBlocks {
    private final JpaTransactions transactions;

    public JpaMemberBlocks(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** {@code on conflict do nothing}: blocking twice, even at once, keeps the first block and fails neither. */
    @Override
    public void save(Block block) {
        transactions.withEntityManager(em -> em.createQuery("""
                        insert into MemberBlockJpaEntity (blockerId, blockedId, blockedAt)
                        values (:blocker, :blocked, :since) on conflict do nothing""")
                .setParameter("blocker", block.blocker().value()).setParameter("blocked", block.blocked().value())
                .setParameter("since", block.since()).executeUpdate());
    }

    @Override
    public void remove(MemberId blocker, MemberId blocked) {
        transactions.withEntityManager(em -> em.createQuery("delete from MemberBlockJpaEntity b"
                        + " where b.blockerId = :blocker and b.blockedId = :blocked")
                .setParameter("blocker", blocker.value()).setParameter("blocked", blocked.value()).executeUpdate());
    }

    @Override
    public boolean isBlocked(MemberId blocker, MemberId blocked) {
        // A query, not em.find: a bulk insert or delete of this unit bypasses the persistence context.
        return transactions.withEntityManager(em -> em.createQuery("select count(b) from MemberBlockJpaEntity b"
                        + " where b.blockerId = :blocker and b.blockedId = :blocked", Long.class)
                .setParameter("blocker", blocker.value()).setParameter("blocked", blocked.value())
                .getSingleResult() > 0);
    }

    @Override
    public List<Block> blockedBy(MemberId blocker) {
        return transactions.withEntityManager(em -> em.createQuery("select b from MemberBlockJpaEntity b"
                        + " where b.blockerId = :blocker order by b.blockedAt, b.blockedId", MemberBlockJpaEntity.class)
                .setParameter("blocker", blocker.value()).getResultStream()
                .map(b -> new Block(new MemberId(b.blockerId), new MemberId(b.blockedId), b.blockedAt)).toList());
    }
}
