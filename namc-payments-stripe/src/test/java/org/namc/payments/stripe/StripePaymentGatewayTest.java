package org.namc.payments.stripe;

import java.util.List;
import org.namc.billing.ConfirmPayment;
import org.namc.billing.domain.SavedMethod;
import org.namc.billing.domain.SetupSession;
import org.namc.billing.spi.PaymentGateway;
import org.namc.testing.contract.PaymentGatewayContract;
import org.namc.testing.inmemory.InMemoryPaymentGateway;

/** The core's gateway contract through the Stripe adapter, the SDK and HTTP, against the emulated API. */
class StripePaymentGatewayTest extends PaymentGatewayContract {
    private final InMemoryPaymentGateway backing = new InMemoryPaymentGateway();
    private final StripeGateway gateway = EmulatedStripe.gatewayKeptBy(backing);

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
        return backing.settlePending();
    }

    @Override
    protected SavedMethod completeSetup(SetupSession setup, String method) {
        return backing.completeSetup(setup.setupId(), method);
    }
}
