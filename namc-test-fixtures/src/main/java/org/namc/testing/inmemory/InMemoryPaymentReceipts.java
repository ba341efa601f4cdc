package org.namc.testing.inmemory;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.namc.events.domain.PaymentReceipt;
import org.namc.events.domain.RegistrationId;
import org.namc.events.spi.PaymentReceipts;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * Payments as a stand-in for billing: a test settles (or declines) a payment, and the events
 * context then finds its receipt.
 */
public final class InMemoryPaymentReceipts implements PaymentReceipts {
    private final ConcurrentHashMap<String, PaymentReceipt> receipts = new ConcurrentHashMap<>();

    @Override
    public Optional<PaymentReceipt> find(String paymentId) {
        return Optional.ofNullable(receipts.get(paymentId));
    }

    /** Records a succeeded payment by {@code payer} for the registration. */
    public PaymentReceipt settle(String paymentId, MemberId payer, Money amount, RegistrationId registration) {
        return record(new PaymentReceipt(paymentId, payer, amount, PaymentReceipt.referenceFor(registration), true));
    }

    /** Records a payment that did not go through. */
    public PaymentReceipt decline(String paymentId, MemberId payer, Money amount, RegistrationId registration) {
        return record(new PaymentReceipt(paymentId, payer, amount, PaymentReceipt.referenceFor(registration), false));
    }

    public PaymentReceipt record(PaymentReceipt receipt) {
        receipts.put(receipt.paymentId(), receipt);
        return receipt;
    }
}
