package org.namc.billing.internal;

import java.util.Optional;
import org.namc.billing.domain.Invoice;
import org.namc.billing.domain.InvoicePurpose;
import org.namc.billing.domain.ItemKind;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PaymentStatus;
import org.namc.billing.spi.Invoices;
import org.namc.billing.spi.Payments;
import org.namc.events.domain.EventId;
import org.namc.events.domain.PaymentReceipt;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationId;
import org.namc.events.spi.EventRegistrations;
import org.namc.events.spi.PaymentReceipts;
import org.namc.shared.domain.Ids;
import org.namc.shared.domain.NamcException;

/**
 * The events context's receipts, read from billing's own payments: a payment of an invoice
 * for an event seat (by registration id, or by event id for the payer's registration), in the
 * state the running unit of work sees it. A fully refunded payment no longer counts as succeeded.
 */
public final class PurchaseReceipts implements PaymentReceipts {
    private final Payments payments;
    private final Invoices invoices;
    private final EventRegistrations registrations;

    public PurchaseReceipts(Payments payments, Invoices invoices, EventRegistrations registrations) {
        this.payments = payments;
        this.invoices = invoices;
        this.registrations = registrations;
    }

    @Override
    public Optional<PaymentReceipt> find(String paymentId) {
        PaymentId id;
        try {
            id = new PaymentId(Ids.parse(paymentId));
        } catch (NamcException notAnId) {
            return Optional.empty();
        }
        return payments.findById(id).flatMap(payment -> invoices.findById(payment.invoice())
                .flatMap(invoice -> registrationPaidBy(invoice, payment))
                .map(registration -> new PaymentReceipt(payment.id().toString(), payment.member(), payment.amount(),
                        PaymentReceipt.referenceFor(registration),
                        payment.status() == PaymentStatus.SUCCEEDED && !payment.isFullyRefunded())));
    }

    private Optional<RegistrationId> registrationPaidBy(Invoice invoice, Payment payment) {
        if (!(invoice.purpose() instanceof InvoicePurpose.Purchase purchase)
                || purchase.item().kind() != ItemKind.EVENT) {
            return Optional.empty();
        }
        var uuid = Ids.parse(purchase.item().id());
        Optional<Registration> byId = registrations.findById(new RegistrationId(uuid));
        return (byId.isPresent() ? byId : registrations.find(new EventId(uuid), payment.member()))
                .map(Registration::id);
    }
}
