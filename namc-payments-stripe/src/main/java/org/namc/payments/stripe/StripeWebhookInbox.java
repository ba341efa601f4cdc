package org.namc.payments.stripe;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.stripe.model.PaymentIntent;
import com.stripe.model.SetupIntent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.billing.BillingApi;
import org.namc.billing.ConfirmPayment;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.GatewayEvent;
import org.namc.billing.spi.GatewayEvents;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * Stripe's webhook deliveries, framework-agnostic: the host passes the raw body and the
 * {@code Stripe-Signature} header of each POST to {@link #handle}. A delivery is verified
 * (HMAC-SHA256, 300 s tolerance both ways), its event id recorded under a unique key before
 * anything is done, and the event applied at most once however often and however concurrently
 * it arrives. Events are applied by the current state of their object, re-read from Stripe, never
 * by the event's own snapshot or its {@code created} time, so any order of delivery ends in the
 * same state. Failures are kept with attempts and error; Stripe's next delivery or
 * {@link #replayFailed} takes them up again.
 */
public final class StripeWebhookInbox {
    /** The events to enable on the endpoint in Stripe's dashboard. */
    public static final Set<String> EVENTS = Set.of("payment_intent.succeeded", "payment_intent.payment_failed",
            "payment_intent.requires_action", "payment_intent.canceled", "payment_intent.processing",
            "charge.refunded", "refund.updated", "charge.dispute.created", "charge.dispute.closed",
            "setup_intent.succeeded", "checkout.session.completed", "checkout.session.expired");

    private final WebhookSignature signature;
    private final GatewayEvents events;
    private final StripeGateway stripe;
    private final BillingApi billing;
    private final Clock clock;

    private StripeWebhookInbox(Builder builder) {
        this.signature = new WebhookSignature(Objects.requireNonNull(builder.signingSecret, "signingSecret"),
                builder.tolerance);
        this.events = Objects.requireNonNull(builder.events, "events");
        this.stripe = Objects.requireNonNull(builder.stripe, "stripe");
        this.billing = Objects.requireNonNull(builder.billing, "billing");
        this.clock = Objects.requireNonNull(builder.clock, "clock");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Verifies, records and applies one delivery. Never throws for what a caller sent. */
    public WebhookResult handle(String rawBody, @Nullable String signatureHeader) {
        Objects.requireNonNull(rawBody, "rawBody");
        Optional<WebhookResult.Reason> refused = signature.check(rawBody, signatureHeader, clock.instant());
        if (refused.isPresent()) {
            return new WebhookResult.Rejected(refused.get());
        }
        GatewayEvent event;
        try {
            event = parse(rawBody);
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException e) {
            return new WebhookResult.Rejected(WebhookResult.Reason.MALFORMED_PAYLOAD);
        }
        if (!events.recordIfNew(event) && !events.retryIfFailed(event.id(), clock.instant())) {
            return new WebhookResult.Duplicate(event.id());
        }
        return apply(events.find(event.id()).orElse(event));
    }

    /** Takes up to {@code limit} failed events again, oldest first. */
    public List<WebhookResult> replayFailed(int limit) {
        return events.failed(limit).stream()
                .filter(failed -> events.retryIfFailed(failed.id(), clock.instant()))
                .map(failed -> apply(events.find(failed.id()).orElse(failed)))
                .toList();
    }

    private WebhookResult apply(GatewayEvent event) {
        try {
            boolean acted = act(event.type(), event.objectId());
            events.update(acted ? event.processed(clock.instant()) : event.ignored(clock.instant()));
            return acted ? new WebhookResult.Accepted(event.id(), event.type())
                    : new WebhookResult.Ignored(event.id(), event.type());
        } catch (RuntimeException failure) {
            String error = failure instanceof NamcException namc ? namc.getMessage()
                    : failure.getClass().getSimpleName();
            events.update(event.failed(StripeFailures.mask(error), clock.instant()));
            return new WebhookResult.Failed(event.id(), StripeFailures.mask(error));
        }
    }

    /** @return whether the portal acts on this type */
    private boolean act(String type, @Nullable String objectId) {
        if (objectId == null) {
            return false;
        }
        if (type.startsWith("payment_intent.")) {
            return paymentIntent(objectId);
        }
        if (type.equals("setup_intent.succeeded")) {
            return setupIntent(objectId);
        }
        // Refunds, disputes and Checkout Sessions are recorded here; the portal has no use case for them yet.
        return false;
    }

    /** Applies the PaymentIntent's current state to the portal's payment, once. */
    private boolean paymentIntent(String id) {
        PaymentIntent intent = stripe.paymentIntent(id);
        if (intent.getMetadata() == null || !intent.getMetadata().containsKey(StripeGateway.PAYMENT_METADATA)) {
            return false; // not a payment the portal made
        }
        ChargeOutcome state = StripeGateway.outcome(intent);
        if (state instanceof ChargeOutcome.Captured) {
            billing.confirmPayment(Actor.system(), ConfirmPayment.succeeded(id));
        } else if (state instanceof ChargeOutcome.Declined declined) {
            billing.confirmPayment(Actor.system(), ConfirmPayment.failed(id, declined.code(),
                    declined.message().length() > 500 ? declined.message().substring(0, 500) : declined.message()));
        }
        return true;
    }

    /** A card saved through a SetupIntent becomes the member's default payment method. */
    private boolean setupIntent(String id) {
        SetupIntent setup = stripe.setupIntent(id);
        if (!"succeeded".equals(setup.getStatus()) || setup.getCustomer() == null
                || setup.getPaymentMethod() == null) {
            return false;
        }
        Optional<String> member = stripe.memberOf(setup.getCustomer());
        if (member.isEmpty()) {
            return false;
        }
        MemberId memberId = new MemberId(UUID.fromString(member.get()));
        billing.setPaymentMethod(Actor.system(), new SetPaymentMethod(memberId, setup.getPaymentMethod()));
        return true;
    }

    private GatewayEvent parse(String body) {
        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        String id = json.get("id").getAsString();
        String type = json.get("type").getAsString();
        if (!json.get("object").getAsString().equals("event")) {
            throw new IllegalArgumentException("not an event");
        }
        JsonElement object = json.getAsJsonObject("data").getAsJsonObject("object").get("id");
        return GatewayEvent.received(id, type, object == null ? null : object.getAsString(), clock.instant());
    }

    @Override
    public String toString() {
        return "StripeWebhookInbox[" + stripe + "]";
    }

    /** Configures the inbox; every part is required. */
    public static final class Builder {
        private @Nullable String signingSecret;
        private Duration tolerance = Duration.ofSeconds(300);
        private @Nullable GatewayEvents events;
        private @Nullable StripeGateway stripe;
        private @Nullable BillingApi billing;
        private @Nullable Clock clock;

        private Builder() {
        }

        /** The endpoint's signing secret ({@code whsec_..}) from Stripe's dashboard. */
        public Builder signingSecret(String secret) {
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("the webhook signing secret is required");
            }
            this.signingSecret = secret;
            return this;
        }

        public Builder events(GatewayEvents store) {
            this.events = store;
            return this;
        }

        /** Where events' objects are re-read. */
        public Builder stripe(StripeGateway gateway) {
            this.stripe = gateway;
            return this;
        }

        public Builder billing(BillingApi api) {
            this.billing = api;
            return this;
        }

        public Builder clock(Clock source) {
            this.clock = source;
            return this;
        }

        public StripeWebhookInbox build() {
            return new StripeWebhookInbox(this);
        }

        @Override
        public String toString() {
            return "StripeWebhookInbox.Builder";
        }
    }
}
