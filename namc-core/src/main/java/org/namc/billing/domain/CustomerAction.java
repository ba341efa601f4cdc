package org.namc.billing.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the customer must still do for a payment or a saved method (strong customer
 * authentication): the UI finishes it with the gateway's client library and
 * {@code clientSecret}, or sends the customer to {@code redirectUrl}.
 *
 * @param nextActionType the gateway's name for the step, e.g. {@code use_stripe_sdk} or {@code redirect_to_url}
 */
public record CustomerAction(@Nullable String clientSecret, @Nullable String nextActionType,
                             @Nullable String redirectUrl) {
    public static final CustomerAction NONE = new CustomerAction(null, null, null);

    @Override
    public String toString() {
        // The client secret lets a browser confirm the payment: it stays out of logs.
        return "CustomerAction[" + nextActionType + ", redirect " + (redirectUrl != null) + "]";
    }
}
