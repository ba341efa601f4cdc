package org.namc.persistence.jpa.operations;

import java.time.Instant;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.ChargeRequest;
import org.namc.billing.domain.GatewayCustomer;
import org.namc.billing.domain.GatewayPlan;
import org.namc.billing.domain.GatewayRefund;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.RefundRequest;
import org.namc.billing.spi.PaymentGateway;

/** One node's way to the shared payment processor: runs {@code beforeCharge} (which may stop the node) before each charge. */
final class StoppableGateway implements PaymentGateway {
    private final PaymentGateway processor;
    private final Runnable beforeCharge;

    private StoppableGateway(PaymentGateway processor, Runnable beforeCharge) {
        this.processor = processor;
        this.beforeCharge = beforeCharge;
    }

    static PaymentGateway wrap(PaymentGateway processor, Runnable beforeCharge) {
        return new StoppableGateway(processor, beforeCharge);
    }

    @Override
    public String createCustomer(GatewayCustomer customer, IdempotencyKey key) {
        return processor.createCustomer(customer, key);
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request, IdempotencyKey key) {
        beforeCharge.run();
        return processor.charge(request, key);
    }

    @Override
    public String createSubscription(String customerId, GatewayPlan plan, Instant billingAnchor, IdempotencyKey key) {
        return processor.createSubscription(customerId, plan, billingAnchor, key);
    }

    @Override
    public void updateSubscription(String subscriptionId, GatewayPlan plan, IdempotencyKey key) {
        processor.updateSubscription(subscriptionId, plan, key);
    }

    @Override
    public void cancelSubscription(String subscriptionId, boolean atPeriodEnd, IdempotencyKey key) {
        processor.cancelSubscription(subscriptionId, atPeriodEnd, key);
    }

    @Override
    public GatewayRefund refund(RefundRequest request, IdempotencyKey key) {
        return processor.refund(request, key);
    }
}
