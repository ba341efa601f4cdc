package org.namc.testing.inmemory;

import java.util.List;
import org.namc.billing.ConfirmPayment;
import org.namc.billing.domain.SavedMethod;
import org.namc.billing.domain.SetupSession;
import org.namc.billing.spi.PaymentGateway;
import org.namc.testing.contract.PaymentGatewayContract;

class InMemoryPaymentGatewayTest extends PaymentGatewayContract {
    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected String capturingMethod() {
        return InMemoryPaymentGateway.VISA;
    }

    @Override
    protected String decliningMethod() {
        return InMemoryPaymentGateway.DECLINED;
    }

    @Override
    protected String confirmingMethod() {
        return InMemoryPaymentGateway.THREE_D_SECURE;
    }

    @Override
    protected List<ConfirmPayment> completePendingPayments() {
        return gateway.settlePending();
    }

    @Override
    protected SavedMethod completeSetup(SetupSession setup, String method) {
        return gateway.completeSetup(setup.setupId(), method);
    }
}
