package org.namc.billing.domain;

import java.util.Objects;
import org.namc.shared.domain.Money;

/**
 * Asks the gateway to take {@code amount} from the customer's payment method for
 * {@code reference} (an invoice number). {@code payment} is the portal's payment id, which the
 * gateway keeps beside its own so a reconcile run can find the charge again; {@code offSession}
 * says the customer is not there to authenticate (a renewal).
 */
public record ChargeRequest(String customerId, String paymentMethod, Money amount, String description,
                            String reference, String payment, boolean offSession) {
    public ChargeRequest {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(payment, "payment");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a charge takes more than nothing");
        }
    }
}
