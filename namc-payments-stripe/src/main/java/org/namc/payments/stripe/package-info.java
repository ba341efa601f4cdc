/**
 * The Stripe adapter: {@link org.namc.payments.stripe.StripeGateway}, the core's payment gateway
 * on the Stripe API, and {@link org.namc.payments.stripe.StripeWebhookInbox}, which verifies
 * Stripe's webhook deliveries and applies each event once.
 */
@NullMarked
package org.namc.payments.stripe;

import org.jspecify.annotations.NullMarked;
