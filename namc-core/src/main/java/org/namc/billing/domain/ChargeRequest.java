package org.namc.billing.domain;

import java.util.Objects;
import org.namc.shared.domain.Money;

/** Asks the gateway to take {@code amount} from the customer's payment method for {@code reference} (an invoice number). */
public record ChargeRequest(String customerId, String paymentMethod, Money amount, String description,
                            String reference) {
    public ChargeRequest {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(reference, "reference");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a charge takes more than nothing");
        }
    }
}
