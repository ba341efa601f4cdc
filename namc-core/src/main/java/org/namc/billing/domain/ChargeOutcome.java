package org.namc.billing.domain;

import java.util.Objects;

/** The gateway's answer to a charge: taken, awaiting the customer's confirmation, or declined. */
public sealed interface ChargeOutcome {

    /** The gateway's id for the payment (a Stripe payment intent). */
    String gatewayPaymentId();

    record Captured(String gatewayPaymentId) implements ChargeOutcome {
        public Captured {
            Objects.requireNonNull(gatewayPaymentId, "gatewayPaymentId");
        }
    }

    /** Settles later (3-D Secure, bank debits); the outcome arrives as a payment confirmation. */
    record Pending(String gatewayPaymentId) implements ChargeOutcome {
        public Pending {
            Objects.requireNonNull(gatewayPaymentId, "gatewayPaymentId");
        }
    }

    /** @param code the gateway's decline code, e.g. {@code card_declined}, {@code insufficient_funds} */
    record Declined(String gatewayPaymentId, String code, String message) implements ChargeOutcome {
        public Declined {
            Objects.requireNonNull(gatewayPaymentId, "gatewayPaymentId");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
