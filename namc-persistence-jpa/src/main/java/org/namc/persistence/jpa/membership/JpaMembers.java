package org.namc.persistence.jpa.membership;

import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.namc.membership.domain.Member;
import org.namc.membership.spi.Members;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.Pages;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Members in the {@code users} table.
 *
 * <p>Concurrency: inside a unit of work {@link #findById} locks the row
 * ({@code SELECT ... FOR NO KEY UPDATE}) until the unit ends. The core loads a member by id
 * before every change, so concurrent units on one member queue up on that lock and each sees
 * the previous one's result: forty concurrent wrong passwords count forty, and a TOTP code
 * is accepted once. Relying on the version check alone would also be correct, but every
 * loser would fail with {@code CONFLICT} and redo its whole unit, up to once per competitor.
 * The version check stays for members read outside a unit and saved later.
 */
public final class JpaMembers implements Members {
    private static final String LIVE_EMAIL_INDEX = "uq_users_live_email";

    private final JpaTransactions transactions;

    public JpaMembers(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Member save(Member member) {
        return transactions.withEntityManager(em -> member.atVersion(RowWrites.saveVersioned(em,
                MemberJpaEntity.class, member.id().value(), member.version(), "member " + member.id(),
                () -> new MemberJpaEntity(member.id().value(), member.createdAt()),
                row -> MemberMapper.copyInto(member, row), JpaMembers::refusal)));
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        LockModeType lock = transactions.lockForChange();
        return transactions.withEntityManager(em ->
                Optional.ofNullable(em.find(MemberJpaEntity.class, id.value(), lock))
                        .filter(entity -> entity.deletedAt == null)
                        .map(MemberMapper::toDomain));
    }

    @Override
    public Optional<Member> findByEmail(EmailAddress email) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select m from MemberJpaEntity m where m.email = :email and m.deletedAt is null",
                        MemberJpaEntity.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst()
                .map(MemberMapper::toDomain));
    }

    @Override
    public Page<Member> list(PageRequest page) {
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("select count(m) from MemberJpaEntity m where m.deletedAt is null", Long.class),
                em.createQuery("select m from MemberJpaEntity m where m.deletedAt is null order by m.createdAt, m.id",
                        MemberJpaEntity.class),
                page, MemberMapper::toDomain));
    }

    /** A duplicate email or a stale version surfaces from {@code save} itself as {@code CONFLICT}. */
    private static RuntimeException refusal(PersistenceException failure) {
        return RowWrites.refusal(failure, Map.of(LIVE_EMAIL_INDEX, "an account with this email already exists"));
    }
}
