package org.namc.events.domain;

import java.util.Objects;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * A payment as billing reports it. {@code reference} names what was paid for; a registration
 * accepts only a succeeded payment by its registrant, referencing it, of at least the amount due.
 */
public record PaymentReceipt(String paymentId, MemberId payer, Money amount, String reference, boolean succeeded) {
    public PaymentReceipt {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
    }

    /** The reference billing puts on a payment for a registration. */
    public static String referenceFor(RegistrationId registration) {
        return "event-registration:" + registration;
    }
}
