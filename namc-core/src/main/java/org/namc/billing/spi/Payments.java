package org.namc.billing.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.SubscriptionId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.ReportingPeriod;

/** The payments store; a gateway payment id is recorded on at most one payment. */
public interface Payments {

    /** Inserts (version 0) or updates when the version matches; {@code CONFLICT} otherwise. */
    Payment save(Payment payment);

    Optional<Payment> findById(PaymentId id);

    Optional<Payment> findByGatewayPaymentId(String gatewayPaymentId);

    /** The attempts at one invoice, first attempt first. */
    List<Payment> forInvoice(InvoiceId invoice);

    /** Payments for a subscription's invoices, oldest first. */
    List<Payment> forSubscription(SubscriptionId subscription);

    /** The member's payments, newest first. */
    Page<Payment> forMember(MemberId member, PageRequest page);

    /** Payments processed within {@code period}, oldest first: by processing instant, then id. */
    Page<Payment> processedWithin(ReportingPeriod period, PageRequest page);
    /**
     * What the reconcile step looks at: payments still PROCESSING, or with a refund pending, whose
     * last change is before {@code changedBefore}; at most {@code limit}, least recently changed first.
     */
    List<Payment> unsettled(Instant changedBefore, int limit);
}
