package org.namc.billing.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the gateway calls a payment besides its payment id: the customer charged, the hosted
 * checkout session it was paid through, the charge that moved the money and the customer's
 * receipt. Each is known only once the gateway said it.
 */
public record GatewayDetails(@Nullable String customerId, @Nullable String checkoutSessionId,
                             @Nullable String chargeId, @Nullable String receiptUrl) {
    public static final GatewayDetails NONE = new GatewayDetails(null, null, null, null);

    public static GatewayDetails ofCustomer(@Nullable String customerId) {
        return new GatewayDetails(customerId, null, null, null);
    }

    public GatewayDetails withCheckoutSession(String sessionId) {
        return new GatewayDetails(customerId, sessionId, chargeId, receiptUrl);
    }

    /** Keeps what is known and adds what the captured answer tells. */
    public GatewayDetails capturedAs(ChargeOutcome.Captured captured) {
        return new GatewayDetails(customerId, checkoutSessionId,
                captured.chargeId() != null ? captured.chargeId() : chargeId,
                captured.receiptUrl() != null ? captured.receiptUrl() : receiptUrl);
    }
}
