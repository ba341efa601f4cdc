package org.namc.billing.domain;

import java.util.Objects;
import org.namc.shared.domain.Money;

/** Asks the gateway to give back {@code amount} of a captured payment. */
public record RefundRequest(String gatewayPaymentId, Money amount, String reason) {
    public RefundRequest {
        Objects.requireNonNull(gatewayPaymentId, "gatewayPaymentId");
        Objects.requireNonNull(reason, "reason");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a refund gives back more than nothing");
        }
    }
}
