package org.namc.billing;

import java.util.Objects;
import org.namc.billing.domain.CustomerAction;
import org.namc.shared.domain.MemberId;

/**
 * A payment method being saved for later payments (renewals): the UI collects and authenticates
 * the card with the gateway's client library and {@code action}'s client secret. When the gateway
 * reports it saved (Stripe's {@code setup_intent.succeeded}), it becomes the member's default.
 */
public record PaymentMethodSetup(MemberId member, String setupId, CustomerAction action) {
    public PaymentMethodSetup {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(setupId, "setupId");
        Objects.requireNonNull(action, "action");
    }
}
