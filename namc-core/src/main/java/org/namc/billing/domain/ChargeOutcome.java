package org.namc.billing.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The gateway's answer to a charge, or its word on a charge's current state: taken, waiting, or declined. */
public sealed interface ChargeOutcome {

    /** The gateway's id for the payment (a Stripe payment intent). */
    String gatewayPaymentId();

    /**
     * @param chargeId   the gateway's id of the money movement (a Stripe charge), when it has one
     * @param receiptUrl where the gateway shows the customer's receipt, when it has one
     */
    record Captured(String gatewayPaymentId, @Nullable String chargeId, @Nullable String receiptUrl)
            implements ChargeOutcome {
        public Captured {
            Objects.requireNonNull(gatewayPaymentId, "gatewayPaymentId");
        }

        public Captured(String gatewayPaymentId) {
            this(gatewayPaymentId, null, null);
        }
    }

    /**
     * Settles later (3-D Secure, bank debits, processing); the outcome arrives as a payment
     * confirmation. {@code action} says what the customer must do, {@link CustomerAction#NONE}
     * when nothing.
     */
    record Pending(String gatewayPaymentId, CustomerAction action) implements ChargeOutcome {
        public Pending {
            Objects.requireNonNull(gatewayPaymentId, "gatewayPaymentId");
            Objects.requireNonNull(action, "action");
        }

        public Pending(String gatewayPaymentId) {
            this(gatewayPaymentId, CustomerAction.NONE);
        }
    }

    /**
     * @param code the gateway's decline code, e.g. {@code card_declined}, {@code insufficient_funds},
     *             or {@value #AUTHENTICATION_REQUIRED} when an off-session payment needs the customer
     */
    record Declined(String gatewayPaymentId, String code, String message) implements ChargeOutcome {
        public static final String AUTHENTICATION_REQUIRED = "authentication_required";

        public Declined {
            Objects.requireNonNull(gatewayPaymentId, "gatewayPaymentId");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }

        /** The member can still pay it by confirming it themselves (3-D Secure on a renewal). */
        public boolean needsAuthentication() {
            return AUTHENTICATION_REQUIRED.equals(code);
        }
    }
}
