package org.namc.persistence.jpa.billing;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.namc.billing.domain.CreditNote;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.InvoiceNumber;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.spi.CreditNotes;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.Pages;
import org.namc.persistence.jpa.shared.RowWrites;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;

/**
 * Credit notes in {@code credit_notes}. A second note under a taken number, or under a taken id,
 * is a unique violation and so {@code CONFLICT}: notes are written once.
 */
public final class JpaCreditNotes implements CreditNotes {
    private final JpaTransactions transactions;

    public JpaCreditNotes(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(CreditNote note) {
        transactions.withEntityManager(em -> {
            CreditNoteJpaEntity row = new CreditNoteJpaEntity();
            row.id = note.id().value();
            row.number = note.number().toString();
            row.userId = note.member().value();
            row.invoiceId = note.invoice().value();
            row.paymentId = note.payment().value();
            row.amount = MoneyColumns.amount(note.amount());
            row.currency = note.amount().currency().getCurrencyCode();
            row.reason = note.reason();
            row.issuedAt = note.issuedAt();
            em.persist(row);
            RowWrites.flush(em);
            return null;
        });
    }

    @Override
    public List<CreditNote> forInvoice(InvoiceId invoice) {
        // Issue order is number order; the text of a number stops sorting as one past 999999.
        return transactions.withEntityManager(em -> em.createQuery(
                        "select n from CreditNoteJpaEntity n where n.invoiceId = :invoice", CreditNoteJpaEntity.class)
                .setParameter("invoice", invoice.value())
                .getResultStream()
                .map(JpaCreditNotes::toDomain)
                .sorted(Comparator.comparing(CreditNote::number))
                .toList());
    }

    private static CreditNote toDomain(CreditNoteJpaEntity row) {
        return new CreditNote(new CreditNoteId(row.id), InvoiceNumber.parse(row.number), new MemberId(row.userId),
                new InvoiceId(row.invoiceId), new PaymentId(row.paymentId), MoneyColumns.money(row.amount, row.currency),
                row.reason, row.issuedAt);
    }

    @Override
    public Page<CreditNote> issuedWithin(ReportingPeriod period, PageRequest page) {
        return transactions.withEntityManager(em -> Pages.of(
                em.createQuery("""
                                select count(n) from CreditNoteJpaEntity n
                                where n.issuedAt >= :from and n.issuedAt < :to""", Long.class)
                        .setParameter("from", period.from()).setParameter("to", period.to()),
                em.createQuery("""
                                select n from CreditNoteJpaEntity n where n.issuedAt >= :from and n.issuedAt < :to
                                order by n.issuedAt, n.id""", CreditNoteJpaEntity.class)
                        .setParameter("from", period.from()).setParameter("to", period.to()),
                page, JpaCreditNotes::toDomain));
    }
}
