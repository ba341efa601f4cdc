package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PaymentStatus;
import org.namc.billing.domain.SubscriptionId;
import org.namc.billing.spi.Payments;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;

/** Payments in memory, versioned; a gateway payment id is held by one payment at most. */
public final class InMemoryPayments implements Payments {
    private static final Comparator<Payment> OLDEST_FIRST = Comparator.comparing(Payment::createdAt)
            .thenComparing(Payment::attempt).thenComparing(p -> p.id().value());

    private final InMemoryTable<PaymentId, Payment> table;

    public InMemoryPayments(InMemoryTransactions transactions) {
        this.table = new InMemoryTable<>(transactions);
    }

    @Override
    public synchronized Payment save(Payment payment) {
        Optional<Payment> stored = table.get(payment.id());
        long next = InMemoryTable.nextVersion(stored, payment.version(), Payment::version, "payment " + payment.id());
        String gatewayId = payment.gatewayPaymentId();
        if (gatewayId != null && !table.where(p -> gatewayId.equals(p.gatewayPaymentId())
                && !p.id().equals(payment.id())).isEmpty()) {
            throw NamcException.refused(CommonRefusal.DUPLICATE, "gateway payment " + gatewayId + " is already recorded");
        }
        Payment saved = payment.atVersion(next);
        table.put(payment.id(), saved);
        return saved;
    }

    @Override
    public Optional<Payment> findById(PaymentId id) {
        return table.get(id);
    }

    @Override
    public Optional<Payment> findByGatewayPaymentId(String gatewayPaymentId) {
        return table.where(p -> gatewayPaymentId.equals(p.gatewayPaymentId())).stream().findFirst();
    }

    @Override
    public List<Payment> forInvoice(InvoiceId invoice) {
        return table.where(p -> p.invoice().equals(invoice)).stream().sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<Payment> forSubscription(SubscriptionId subscription) {
        return table.where(p -> Objects.equals(p.subscription(), subscription)).stream().sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public Page<Payment> forMember(MemberId member, PageRequest page) {
        List<Payment> mine = table.where(p -> p.member().equals(member));
        mine.sort(OLDEST_FIRST.reversed());
        return Page.slice(mine, page);
    }

    @Override
    public Page<Payment> processedWithin(ReportingPeriod period, PageRequest page) {
        List<Payment> processed = table.where(p -> p.processedAt() != null && period.contains(p.processedAt()));
        processed.sort(Comparator.comparing((Payment p) -> p.processedAt()).thenComparing(p -> p.id().value()));
        return Page.slice(processed, page);
    }

    @Override
    public List<Payment> unsettled(Instant changedBefore, int limit) {
        return table.where(p -> (p.status() == PaymentStatus.PROCESSING || p.pendingRefund() != null)
                        && p.updatedAt().isBefore(changedBefore)).stream()
                .sorted(Comparator.comparing(Payment::updatedAt).thenComparing(p -> p.id().value()))
                .limit(limit).toList();
    }
}
