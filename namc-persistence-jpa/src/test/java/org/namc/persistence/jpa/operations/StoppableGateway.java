package org.namc.persistence.jpa.operations;

import java.util.List;
import java.util.Optional;
import org.namc.billing.domain.ChargeLookup;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.ChargeRequest;
import org.namc.billing.domain.CheckoutRequest;
import org.namc.billing.domain.CheckoutSession;
import org.namc.billing.domain.GatewayCustomer;
import org.namc.billing.domain.GatewayRefund;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.RefundRequest;
import org.namc.billing.domain.SavedMethod;
import org.namc.billing.domain.SetupSession;
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
    public void updateCustomer(String customerId, GatewayCustomer customer, IdempotencyKey key) {
        processor.updateCustomer(customerId, customer, key);
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request, IdempotencyKey key) {
        beforeCharge.run();
        return processor.charge(request, key);
    }

    @Override
    public Optional<ChargeOutcome> chargeState(ChargeLookup lookup) {
        return processor.chargeState(lookup);
    }

    @Override
    public GatewayRefund refund(RefundRequest request, IdempotencyKey key) {
        return processor.refund(request, key);
    }

    @Override
    public SetupSession startSetup(String customerId, IdempotencyKey key) {
        return processor.startSetup(customerId, key);
    }

    @Override
    public List<SavedMethod> savedMethods(String customerId) {
        return processor.savedMethods(customerId);
    }

    @Override
    public void removeMethod(String customerId, String methodId) {
        processor.removeMethod(customerId, methodId);
    }

    @Override
    public CheckoutSession openCheckout(CheckoutRequest request, IdempotencyKey key) {
        return processor.openCheckout(request, key);
    }
}
