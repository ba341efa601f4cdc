package org.namc.persistence.jpa.billing;

import java.util.Objects;
import java.util.Optional;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.spi.Invoices;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.Pages;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;

/**
 * Invoices in {@code invoices}, lines and all in one row, so a page of invoices is one query.
 * The unique {@code invoice_number} makes a second invoice under a taken number a
 * {@code CONFLICT}. Inside a unit of work {@link #findById} locks the row until the unit ends
 * (see {@link JpaTransactions#lockForChange}).
 */
public final class JpaInvoices implements Invoices {
    private final JpaTransactions transactions;

    public JpaInvoices(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Invoice save(Invoice invoice) {
        return transactions.withEntityManager(em -> invoice.atVersion(RowWrites.saveVersioned(em,
                InvoiceJpaEntity.class, invoice.id().value(), invoice.version(), "invoice " + invoice.id(),
                () -> InvoiceMapper.newEntity(invoice), row -> InvoiceMapper.copyInto(invoice, row))));
    }

    @Override
    public Optional<Invoice> findById(InvoiceId id) {
        return transactions.withEntityManager(em -> Optional.ofNullable(em.find(InvoiceJpaEntity.class, id.value(),
                transactions.lockForChange())).map(InvoiceMapper::toDomain));
    }

    @Override
    public Optional<Invoice> findByNumber(InvoiceNumber number) {
        return transactions.withEntityManager(em -> em.createQuery(
                        "select i from InvoiceJpaEntity i where i.number = :number", InvoiceJpaEntity.class)
                .setParameter("number", number.toString())
                .getResultStream()
                .findFirst()
                .map(InvoiceMapper::toDomain));
    }

    @Override
    public Page<Invoice> forMember(MemberId member, PageRequest page) {
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("select count(i) from InvoiceJpaEntity i where i.userId = :member", Long.class)
                        .setParameter("member", member.value()),
                em.createQuery("""
                                select i from InvoiceJpaEntity i where i.userId = :member
                                order by coalesce(i.issuedAt, i.createdAt) desc, i.id desc""", InvoiceJpaEntity.class)
                        .setParameter("member", member.value()),
                page, InvoiceMapper::toDomain));
    }

    @Override
    public Page<Invoice> issuedWithin(ReportingPeriod period, PageRequest page) {
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("""
                                select count(i) from InvoiceJpaEntity i
                                where i.issuedAt >= :from and i.issuedAt < :to""", Long.class)
                        .setParameter("from", period.from()).setParameter("to", period.to()),
                em.createQuery("""
                                select i from InvoiceJpaEntity i where i.issuedAt >= :from and i.issuedAt < :to
                                order by i.issuedAt, i.id""", InvoiceJpaEntity.class)
                        .setParameter("from", period.from()).setParameter("to", period.to()),
                page, InvoiceMapper::toDomain));
    }
}
