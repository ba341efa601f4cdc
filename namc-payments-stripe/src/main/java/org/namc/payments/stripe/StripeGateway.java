package org.namc.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.Refund;
import com.stripe.model.SetupIntent;
import com.stripe.model.StripeCollection;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerPaymentMethodListParams;
import com.stripe.param.CustomerUpdateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SetupIntentCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.ChargeLookup;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.ChargeRequest;
import org.namc.billing.domain.CheckoutRequest;
import org.namc.billing.domain.CheckoutSession;
import org.namc.billing.domain.CustomerAction;
import org.namc.billing.domain.GatewayCustomer;
import org.namc.billing.domain.GatewayRefund;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.RefundRequest;
import org.namc.billing.domain.SavedMethod;
import org.namc.billing.domain.SetupSession;
import org.namc.billing.spi.PaymentGateway;
import org.namc.shared.domain.NamcException;

/**
 * The core's {@link PaymentGateway} on the Stripe API: customers, PaymentIntents (confirmed at
 * once, off-session for renewals), SetupIntents for saving cards, hosted Checkout Sessions and
 * refunds. Each instance has its own {@link StripeClient} (never the static {@code Stripe.apiKey})
 * at the API version the SDK pins; every write carries the portal's idempotency key, which the
 * SDK also sends on its own retries ({@code maxNetworkRetries}). The portal's payment id travels
 * as the {@value #PAYMENT_METADATA} metadata, so a charge can be found again by it. The secret
 * key is held only by the client: never in a message, a log line or {@link #toString}.
 */
public final class StripeGateway implements PaymentGateway {
    static final String PAYMENT_METADATA = "namc_payment";
    static final String MEMBER_METADATA = "namc_member";
    static final String REFERENCE_METADATA = "namc_reference";
    private static final long PAGE = 100;
    /** A lookup also searches this far before the payment was recorded: clocks differ. */
    private static final Duration LOOKUP_SLACK = Duration.ofHours(1);

    private final StripeClient client;
    private final String apiBase;
    private final @Nullable String returnUrl;

    private StripeGateway(Builder builder) {
        this.apiBase = builder.apiBase;
        this.returnUrl = builder.returnUrl;
        this.client = StripeClient.builder()
                .setApiKey(Objects.requireNonNull(builder.secretKey, "secretKey"))
                .setApiBase(builder.apiBase)
                .setMaxNetworkRetries(builder.maxNetworkRetries)
                .setConnectTimeout((int) builder.connectTimeout.toMillis())
                .setReadTimeout((int) builder.readTimeout.toMillis())
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String createCustomer(GatewayCustomer customer, IdempotencyKey key) {
        CustomerCreateParams params = CustomerCreateParams.builder()
                .setEmail(customer.email().value())
                .setName(customer.name())
                .putMetadata(MEMBER_METADATA, customer.member().toString())
                .build();
        return call(() -> client.v1().customers().create(params, options(key)).getId());
    }

    @Override
    public void updateCustomer(String customerId, GatewayCustomer customer, IdempotencyKey key) {
        CustomerUpdateParams params = CustomerUpdateParams.builder()
                .setEmail(customer.email().value())
                .setName(customer.name())
                .build();
        call(() -> client.v1().customers().update(customerId, params, options(key)));
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request, IdempotencyKey key) {
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(StripeAmounts.minorUnits(request.amount()))
                .setCurrency(StripeAmounts.currency(request.amount()))
                .setCustomer(request.customerId())
                .setPaymentMethod(request.paymentMethod())
                .setDescription(request.description())
                .setConfirm(true)
                .putMetadata(PAYMENT_METADATA, request.payment())
                .putMetadata(REFERENCE_METADATA, request.reference())
                .addExpand("latest_charge");
        if (request.offSession()) {
            params.setOffSession(true);
        } else if (returnUrl != null) {
            params.setReturnUrl(returnUrl);
        } else {
            // Without a page to come back to, only methods that need no redirect are offered.
            params.setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                    .setEnabled(true)
                    .setAllowRedirects(PaymentIntentCreateParams.AutomaticPaymentMethods.AllowRedirects.NEVER)
                    .build());
        }
        try {
            return outcome(client.v1().paymentIntents().create(params.build(), options(key)));
        } catch (CardException declined) {
            return StripeFailures.declined(declined);
        } catch (StripeException e) {
            throw StripeFailures.failure(e);
        }
    }

    @Override
    public Optional<ChargeOutcome> chargeState(ChargeLookup lookup) {
        if (lookup.gatewayPaymentId() != null) {
            PaymentIntentRetrieveParams params = PaymentIntentRetrieveParams.builder()
                    .addExpand("latest_charge").build();
            return Optional.of(outcome(call(() -> client.v1().paymentIntents()
                    .retrieve(lookup.gatewayPaymentId(), params, RequestOptions.getDefault()))));
        }
        // Listing (not search) is read-after-write consistent: a charge made a moment ago is found.
        String startingAfter = null;
        long since = lookup.since().minus(LOOKUP_SLACK).getEpochSecond();
        while (true) {
            PaymentIntentListParams.Builder params = PaymentIntentListParams.builder()
                    .setCustomer(Objects.requireNonNull(lookup.customerId(), "customerId"))
                    .setCreated(PaymentIntentListParams.Created.builder().setGte(since).build())
                    .setLimit(PAGE)
                    .addExpand("data.latest_charge");
            if (startingAfter != null) {
                params.setStartingAfter(startingAfter);
            }
            StripeCollection<PaymentIntent> page = call(() -> client.v1().paymentIntents().list(params.build()));
            for (PaymentIntent intent : page.getData()) {
                if (lookup.payment().equals(intent.getMetadata().get(PAYMENT_METADATA))) {
                    return Optional.of(outcome(intent));
                }
            }
            if (!Boolean.TRUE.equals(page.getHasMore()) || page.getData().isEmpty()) {
                return Optional.empty();
            }
            startingAfter = page.getData().get(page.getData().size() - 1).getId();
        }
    }

    @Override
    public GatewayRefund refund(RefundRequest request, IdempotencyKey key) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(request.gatewayPaymentId())
                .setAmount(StripeAmounts.minorUnits(request.amount()))
                .putMetadata("namc_reason", request.reason().length() > 500
                        ? request.reason().substring(0, 500) : request.reason())
                .build();
        try {
            Refund refund = client.v1().refunds().create(params, options(key));
            if ("failed".equals(refund.getStatus()) || "canceled".equals(refund.getStatus())) {
                return new GatewayRefund.Rejected(Objects.requireNonNullElse(refund.getFailureReason(),
                        refund.getStatus()), "Stripe could not refund the payment (" + refund.getStatus() + ")");
            }
            return new GatewayRefund.Refunded(refund.getId());
        } catch (com.stripe.exception.InvalidRequestException refused) {
            if (refused.getCode() != null && !"resource_missing".equals(refused.getCode())
                    && !"parameter_invalid_integer".equals(refused.getCode())) {
                return new GatewayRefund.Rejected(refused.getCode(), StripeFailures.safeMessage(refused));
            }
            throw StripeFailures.failure(refused);
        } catch (StripeException e) {
            throw StripeFailures.failure(e);
        }
    }

    @Override
    public SetupSession startSetup(String customerId, IdempotencyKey key) {
        SetupIntentCreateParams params = SetupIntentCreateParams.builder()
                .setCustomer(customerId)
                .setUsage(SetupIntentCreateParams.Usage.OFF_SESSION)
                .setAutomaticPaymentMethods(SetupIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).build())
                .build();
        SetupIntent setup = call(() -> client.v1().setupIntents().create(params, options(key)));
        return new SetupSession(setup.getId(), new CustomerAction(setup.getClientSecret(),
                setup.getNextAction() == null ? null : setup.getNextAction().getType(), null));
    }

    @Override
    public List<SavedMethod> savedMethods(String customerId) {
        CustomerPaymentMethodListParams params = CustomerPaymentMethodListParams.builder().setLimit(PAGE).build();
        return call(() -> client.v1().customers().paymentMethods().list(customerId, params)).getData().stream()
                .map(StripeGateway::saved).toList();
    }

    @Override
    public void removeMethod(String customerId, String methodId) {
        PaymentMethod method = call(() -> client.v1().paymentMethods().retrieve(methodId));
        if (!customerId.equals(method.getCustomer())) {
            // Someone else's (or nobody's) method is, to this customer, not there.
            throw NamcException.notFound("payment method", methodId);
        }
        call(() -> client.v1().paymentMethods().detach(methodId));
    }

    @Override
    public CheckoutSession openCheckout(CheckoutRequest request, IdempotencyKey key) {
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setCustomer(request.customerId())
                .setClientReferenceId(request.payment())
                .setSuccessUrl(request.successUrl().toString())
                .setCancelUrl(request.cancelUrl().toString())
                .setExpiresAt(request.expiresAt().getEpochSecond())
                .putMetadata(PAYMENT_METADATA, request.payment())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setDescription(request.description())
                        .putMetadata(PAYMENT_METADATA, request.payment())
                        .putMetadata(REFERENCE_METADATA, request.reference())
                        .build())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(StripeAmounts.currency(request.amount()))
                                .setUnitAmount(StripeAmounts.minorUnits(request.amount()))
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description()).build())
                                .build())
                        .build())
                .build();
        Session session = call(() -> client.v1().checkout().sessions().create(params, options(key)));
        return new CheckoutSession(session.getId(), URI.create(session.getUrl()),
                Instant.ofEpochSecond(session.getExpiresAt()));
    }

    /** The PaymentIntent as Stripe holds it now (for the webhook inbox, which re-reads rather than trusts an event). */
    PaymentIntent paymentIntent(String id) {
        PaymentIntentRetrieveParams params = PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build();
        return call(() -> client.v1().paymentIntents().retrieve(id, params, RequestOptions.getDefault()));
    }

    SetupIntent setupIntent(String id) {
        return call(() -> client.v1().setupIntents().retrieve(id));
    }

    /** The member a customer was opened for, from its metadata; empty for a customer the portal did not open. */
    Optional<String> memberOf(String customerId) {
        return Optional.ofNullable(call(() -> client.v1().customers().retrieve(customerId)).getMetadata())
                .map(metadata -> metadata.get(MEMBER_METADATA));
    }

    /** A PaymentIntent's state as the core's outcome. */
    static ChargeOutcome outcome(PaymentIntent intent) {
        return switch (intent.getStatus()) {
            case "succeeded" -> {
                Charge charge = intent.getLatestChargeObject();
                yield new ChargeOutcome.Captured(intent.getId(), intent.getLatestCharge(),
                        charge == null ? null : charge.getReceiptUrl());
            }
            case "requires_action", "requires_confirmation" -> new ChargeOutcome.Pending(intent.getId(),
                    new CustomerAction(intent.getClientSecret(),
                            intent.getNextAction() == null ? null : intent.getNextAction().getType(),
                            intent.getNextAction() == null || intent.getNextAction().getRedirectToUrl() == null ? null
                                    : intent.getNextAction().getRedirectToUrl().getUrl()));
            case "processing", "requires_capture" -> new ChargeOutcome.Pending(intent.getId());
            default -> {
                var error = intent.getLastPaymentError();
                String code = error == null ? intent.getStatus()
                        : Objects.requireNonNullElse(error.getDeclineCode(),
                        Objects.requireNonNullElse(error.getCode(), intent.getStatus()));
                String message = error == null || error.getMessage() == null
                        ? "The payment was " + intent.getStatus().replace('_', ' ') + "."
                        : StripeFailures.mask(error.getMessage());
                yield new ChargeOutcome.Declined(intent.getId(), code, message);
            }
        };
    }

    private static SavedMethod saved(PaymentMethod method) {
        PaymentMethod.Card card = method.getCard();
        return card == null ? new SavedMethod(method.getId(), method.getType(), null, null, null, null)
                : new SavedMethod(method.getId(), method.getType(), card.getBrand(), card.getLast4(),
                card.getExpMonth() == null ? null : card.getExpMonth().intValue(),
                card.getExpYear() == null ? null : card.getExpYear().intValue());
    }

    private static RequestOptions options(IdempotencyKey key) {
        return RequestOptions.builder().setIdempotencyKey(key.value()).build();
    }

    /** A Stripe call whose every error is the portal's typed failure. */
    private static <T> T call(StripeCall<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw StripeFailures.failure(e);
        }
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T run() throws StripeException;
    }

    @Override
    public String toString() {
        return "StripeGateway[" + apiBase + "]";
    }

    /** Configures a gateway; only the secret key is required. */
    public static final class Builder {
        private @Nullable String secretKey;
        private String apiBase = "https://api.stripe.com";
        private @Nullable String returnUrl;
        private int maxNetworkRetries = 2;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The secret (or restricted) key: {@code sk_live_..}, {@code sk_test_..} in test mode. */
        public Builder secretKey(String key) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("a Stripe secret key is required");
            }
            this.secretKey = key.strip();
            return this;
        }

        /** Where the API is; Stripe's own unless a test points it at a stand-in. */
        public Builder apiBase(String url) {
            this.apiBase = Objects.requireNonNull(url, "url");
            return this;
        }

        /** Where a customer comes back after a redirecting payment method (on-session payments). */
        public Builder returnUrl(String url) {
            this.returnUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /** How often the SDK retries a failed connection, with the same idempotency key (2 by default). */
        public Builder maxNetworkRetries(int retries) {
            if (retries < 0 || retries > 5) {
                throw new IllegalArgumentException("0 to 5 retries");
            }
            this.maxNetworkRetries = retries;
            return this;
        }

        public Builder timeouts(Duration connect, Duration read) {
            this.connectTimeout = Objects.requireNonNull(connect, "connect");
            this.readTimeout = Objects.requireNonNull(read, "read");
            return this;
        }

        public StripeGateway build() {
            if (secretKey == null) {
                throw new IllegalStateException("a Stripe secret key is required");
            }
            return new StripeGateway(this);
        }

        @Override
        public String toString() {
            return "StripeGateway.Builder[" + apiBase + "]";
        }
    }
}
