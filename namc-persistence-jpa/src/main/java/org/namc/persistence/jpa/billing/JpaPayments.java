package org.namc.persistence.jpa.billing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PaymentStatus;
import org.namc.billing.domain.SubscriptionId;
import org.namc.billing.spi.Payments;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.Pages;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;

/**
 * Payments in {@code payments}, refunds and all in one row. The unique index on the gateway's
 * payment id turns a second record of one gateway payment (a webhook delivered twice) into
 * {@code CONFLICT}. Inside a unit of work {@link #findById} and {@link #findByGatewayPaymentId}
 * lock the row until the unit ends, so a confirmation and a refund of one payment queue up.
 */
public final class JpaPayments implements Payments {
    private static final String OLDEST_FIRST = " order by p.createdAt, p.attempt, p.id";

    private final JpaTransactions transactions;

    public JpaPayments(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Payment save(Payment payment) {
        return transactions.withEntityManager(em -> payment.atVersion(RowWrites.saveVersioned(em,
                PaymentJpaEntity.class, payment.id().value(), payment.version(), "payment " + payment.id(),
                () -> PaymentMapper.newEntity(payment), row -> PaymentMapper.copyInto(payment, row))));
    }

    @Override
    public Optional<Payment> findById(PaymentId id) {
        return transactions.withEntityManager(em -> Optional.ofNullable(em.find(PaymentJpaEntity.class, id.value(),
                transactions.lockForChange())).map(PaymentMapper::toDomain));
    }

    @Override
    public Optional<Payment> findByGatewayPaymentId(String gatewayPaymentId) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select p from PaymentJpaEntity p where p.gatewayPaymentId = :gatewayId", PaymentJpaEntity.class)
                .setParameter("gatewayId", gatewayPaymentId)
                .setLockMode(transactions.lockForChange())
                .getResultStream()
                .findFirst()
                .map(PaymentMapper::toDomain));
    }

    @Override
    public List<Payment> forInvoice(InvoiceId invoice) {
        return list("p.invoiceId", invoice.value());
    }

    @Override
    public List<Payment> forSubscription(SubscriptionId subscription) {
        return list("p.subscriptionId", subscription.value());
    }

    @Override
    public Page<Payment> forMember(MemberId member, PageRequest page) {
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("select count(p) from PaymentJpaEntity p where p.userId = :member", Long.class)
                        .setParameter("member", member.value()),
                em.createQuery("""
                                select p from PaymentJpaEntity p where p.userId = :member
                                order by p.createdAt desc, p.attempt desc, p.id desc""", PaymentJpaEntity.class)
                        .setParameter("member", member.value()),
                page, PaymentMapper::toDomain));
    }

    @Override
    public List<Payment> unsettled(Instant changedBefore, int limit) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select p from PaymentJpaEntity p
                        where (p.status = :processing or p.pendingRefund is not null) and p.updatedAt < :before
                        order by p.updatedAt, p.id""", PaymentJpaEntity.class)
                .setParameter("processing", PaymentStatus.PROCESSING)
                .setParameter("before", changedBefore)
                .setMaxResults(limit)
                .getResultStream()
                .map(PaymentMapper::toDomain)
                .toList());
    }

    /** The payments whose {@code column} (a fixed attribute path, never input) equals {@code id}, oldest first. */
    private List<Payment> list(String column, Object id) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select p from PaymentJpaEntity p where " + column + " = :id" + OLDEST_FIRST,
                        PaymentJpaEntity.class)
                .setParameter("id", id)
                .getResultStream()
                .map(PaymentMapper::toDomain)
                .toList());
    }

    @Override
    public Page<Payment> processedWithin(ReportingPeriod period, PageRequest page) {
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("""
                                select count(p) from PaymentJpaEntity p
                                where p.processedAt >= :from and p.processedAt < :to""", Long.class)
                        .setParameter("from", period.from()).setParameter("to", period.to()),
                em.createQuery("""
                                select p from PaymentJpaEntity p where p.processedAt >= :from and p.processedAt < :to
                                order by p.processedAt, p.id""", PaymentJpaEntity.class)
                        .setParameter("from", period.from()).setParameter("to", period.to()),
                page, PaymentMapper::toDomain));
    }
}
