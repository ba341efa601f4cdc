package org.namc.billing.spi;

import java.time.Instant;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.ChargeRequest;
import org.namc.billing.domain.GatewayCustomer;
import org.namc.billing.domain.GatewayPlan;
import org.namc.billing.domain.GatewayRefund;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.RefundRequest;

/**
 * The payment processor (Stripe in production). Every call carries an {@link IdempotencyKey}:
 * repeating a key with the same request returns the first answer and does nothing again;
 * repeating it with a different request fails with {@code CONFLICT}. Declines are answers, not
 * errors. A gateway is not transactional: what it did stays done when the calling unit of work
 * rolls back, which is why the keys are derived from what the call is for.
 */
public interface PaymentGateway {

    /** @return the gateway's id for the new customer */
    String createCustomer(GatewayCustomer customer, IdempotencyKey key);

    /** Takes a payment (a payment intent, confirmed at once where the method allows). */
    ChargeOutcome charge(ChargeRequest request, IdempotencyKey key);

    /**
     * Mirrors a subscription at the gateway, billed from {@code billingAnchor}; the portal stays
     * the source of truth for periods, invoices and proration.
     *
     * @return the gateway's id for the subscription
     */
    String createSubscription(String customerId, GatewayPlan plan, Instant billingAnchor, IdempotencyKey key);

    void updateSubscription(String subscriptionId, GatewayPlan plan, IdempotencyKey key);

    void cancelSubscription(String subscriptionId, boolean atPeriodEnd, IdempotencyKey key);

    /** Gives back part or all of a captured payment; more than is left to refund is rejected. */
    GatewayRefund refund(RefundRequest request, IdempotencyKey key);
}
