package org.namc.billing.spi;

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

/**
 * The payment processor (Stripe in production). The portal is the billing engine (periods,
 * invoices, proration, dunning); the gateway only moves money when asked, so nothing here
 * charges on its own. Every call that changes something carries an {@link IdempotencyKey}:
 * repeating a key with the same request returns the first answer and does nothing again;
 * repeating it with a different request fails with {@code CONFLICT}. Declines are answers, not
 * errors. A gateway is not transactional and is never called inside a unit of work: the
 * portal records its intent, commits, calls, and settles the answer in a second unit.
 */
public interface PaymentGateway {

    /** @return the gateway's id for the new customer */
    String createCustomer(GatewayCustomer customer, IdempotencyKey key);

    /** Copies the member's current email address and name to their customer record. */
    void updateCustomer(String customerId, GatewayCustomer customer, IdempotencyKey key);

    /** Takes a payment (a payment intent, confirmed at once where the method allows). */
    ChargeOutcome charge(ChargeRequest request, IdempotencyKey key);

    /**
     * The current state of a charge the portal may have made: empty when the gateway never
     * received it (the portal stopped before the call went out).
     */
    Optional<ChargeOutcome> chargeState(ChargeLookup lookup);

    /** Gives back part or all of a captured payment; more than is left to refund is rejected. */
    GatewayRefund refund(RefundRequest request, IdempotencyKey key);

    /** Starts saving a payment method for later, off-session payments (renewals). */
    SetupSession startSetup(String customerId, IdempotencyKey key);

    /** The customer's saved payment methods. */
    List<SavedMethod> savedMethods(String customerId);

    /** Detaches a saved method from the customer; {@code NOT_FOUND} when it is not theirs. */
    void removeMethod(String customerId, String methodId);

    /** Opens a hosted checkout page for a one-off payment. */
    CheckoutSession openCheckout(CheckoutRequest request, IdempotencyKey key);
}
