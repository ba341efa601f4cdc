package org.namc.payments.stripe;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;
import org.namc.testing.inmemory.InMemoryPaymentGateway;

/**
 * Stripe's HTTP API as far as the adapter uses it, in WireMock, kept by an
 * {@link InMemoryPaymentGateway}: requests are read as Stripe's form-encoded parameters, handed
 * to the in-memory gateway (which behaves like Stripe's test mode, idempotency keys included),
 * and its answers written back as Stripe's JSON objects and errors. So the core's contract and
 * scenario suites run through the real adapter and SDK, with the in-memory gateway's test hooks
 * (3-D Secure completed later, interrupted calls) still in the test's hands.
 */
final class StripeEmulator implements ResponseDefinitionTransformerV2 {
    static final String NAME = "stripe-emulator";
    private static final Pattern ID = Pattern.compile("/v1/([a-z_/]+?)(?:/([A-Za-z0-9_]+))?(/[a-z_]+)?");

    private volatile InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();

    /** From now on the API is kept by {@code backing}. */
    void keptBy(InMemoryPaymentGateway backing) {
        this.gateway = backing;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        try {
            return answer(request).build();
        } catch (UncheckedIOException interrupted) {
            return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        } catch (NamcException refused) {
            return error(refused).build();
        }
    }

    private ResponseDefinitionBuilder answer(Request request) {
        URI uri = URI.create(request.getUrl());
        Map<String, String> form = decode(request.getMethod().getName().equals("GET") ? uri.getRawQuery()
                : request.getBodyAsString());
        IdempotencyKey key = request.getHeader("Idempotency-Key") == null
                ? IdempotencyKey.of("none", UUID.randomUUID()) : new IdempotencyKey(request.getHeader("Idempotency-Key"));
        if (uri.getPath().equals("/v1/checkout/sessions")) {
            return checkout(form, key);
        }
        Matcher path = ID.matcher(uri.getPath());
        if (!path.matches()) {
            return notFound(uri.getPath());
        }
        String resource = path.group(1);
        String id = path.group(2);
        String action = path.group(3);
        boolean post = request.getMethod().getName().equals("POST");
        switch (resource) {
            case "customers" -> {
                if (post && id == null) {
                    String created = gateway.createCustomer(customer(form), key);
                    return ok(customerJson(created));
                }
                if (id != null && "/payment_methods".equals(action)) {
                    List<SavedMethod> methods = gateway.savedMethods(id);
                    return ok(list("/v1/customers/" + id + "/payment_methods",
                            methods.stream().map(m -> methodJson(m, id)).toList()));
                }
                GatewayCustomer known = gateway.customer(id).orElseThrow(() -> NamcException.notFound("customer", id));
                if (post) {
                    gateway.updateCustomer(id, new GatewayCustomer(known.member(), EmailAddress.of(form.get("email")),
                            form.get("name")), key);
                }
                return ok(customerJson(id));
            }
            case "payment_intents" -> {
                if (post) {
                    return charged(gateway.charge(chargeRequest(form), key));
                }
                if (id != null) {
                    String intent = id;
                    ChargeOutcome state = gateway.chargeState(new ChargeLookup(null, intent, "-", key,
                            Instant.EPOCH)).orElseThrow(() -> NamcException.notFound("payment_intent", intent));
                    return ok(intentJson(state));
                }
                String customer = form.get("customer");
                return ok(list("/v1/payment_intents", gateway.charges().stream()
                        .filter(c -> c.request().customerId().equals(customer))
                        .map(c -> intentJson(gateway.chargeState(new ChargeLookup(null, c.id(), "-", key,
                                Instant.EPOCH)).orElseThrow()))
                        .toList()));
            }
            case "refunds" -> {
                GatewayRefund refund = gateway.refund(new RefundRequest(form.get("payment_intent"),
                        money(form.get("amount"), gateway.charge(form.get("payment_intent"))
                                .map(c -> c.request().amount().currency().getCurrencyCode()).orElse("usd")),
                        form.getOrDefault("metadata[namc_reason]", "")), key);
                if (refund instanceof GatewayRefund.Rejected rejected) {
                    return json(400, "{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"" + rejected.code()
                            + "\", \"message\": \"" + rejected.message().replace("\"", "'") + "\"}}");
                }
                return ok("{\"id\": \"" + ((GatewayRefund.Refunded) refund).gatewayRefundId()
                        + "\", \"object\": \"refund\", \"amount\": " + form.get("amount")
                        + ", \"payment_intent\": \"" + form.get("payment_intent")
                        + "\", \"status\": \"succeeded\", \"metadata\": {}}");
            }
            case "setup_intents" -> {
                SetupSession setup = gateway.startSetup(form.get("customer"), key);
                return ok("{\"id\": \"" + setup.setupId() + "\", \"object\": \"setup_intent\", \"client_secret\": \""
                        + setup.action().clientSecret() + "\", \"customer\": \"" + form.get("customer")
                        + "\", \"next_action\": null, \"status\": \"requires_payment_method\", \"usage\": \"off_session\"}");
            }
            case "payment_methods" -> {
                String owner = gateway.customerOfMethod(id).orElseThrow(() -> NamcException.notFound("payment_method", id));
                if ("/detach".equals(action)) {
                    gateway.removeMethod(owner, id);
                    return ok(methodJson(new SavedMethod(id, "card", "visa", "4242", 12, 2034), null));
                }
                return ok(methodJson(gateway.savedMethods(owner).stream().filter(m -> m.id().equals(id))
                        .findFirst().orElseThrow(), owner));
            }
            default -> {
                return notFound(uri.getPath());
            }
        }
    }

    private ResponseDefinitionBuilder checkout(Map<String, String> form, IdempotencyKey key) {
        String currency = form.get("line_items[0][price_data][currency]");
        CheckoutSession session = gateway.openCheckout(new CheckoutRequest(form.get("customer"),
                money(form.get("line_items[0][price_data][unit_amount]"), currency),
                form.get("line_items[0][price_data][product_data][name]"),
                form.get("payment_intent_data[metadata][namc_reference]"), form.get("metadata[namc_payment]"),
                URI.create(form.get("success_url")), URI.create(form.get("cancel_url")),
                Instant.ofEpochSecond(Long.parseLong(form.get("expires_at")))), key);
        return ok("{\"id\": \"" + session.sessionId() + "\", \"object\": \"checkout.session\", \"url\": \""
                + session.url() + "\", \"expires_at\": " + session.expiresAt().getEpochSecond()
                + ", \"mode\": \"payment\", \"status\": \"open\", \"metadata\": {}}");
    }

    private ResponseDefinitionBuilder charged(ChargeOutcome outcome) {
        if (outcome instanceof ChargeOutcome.Declined declined) {
            return json(402, StripeApiStandIn.cardError(declined.needsAuthentication() ? "authentication_required"
                    : "card_declined", declined.code(), intentJson(outcome), declined.message()));
        }
        return ok(intentJson(outcome));
    }

    private String intentJson(ChargeOutcome outcome) {
        InMemoryPaymentGateway.Charge charge = gateway.charge(outcome.gatewayPaymentId()).orElseThrow();
        ChargeRequest request = charge.request();
        long amount = StripeAmounts.minorUnits(request.amount());
        String currency = StripeAmounts.currency(request.amount());
        String status;
        String latestCharge = null;
        String error = null;
        if (outcome instanceof ChargeOutcome.Captured captured) {
            status = "succeeded";
            latestCharge = StripeApiStandIn.charge(captured.chargeId(), captured.gatewayPaymentId(), amount, currency);
        } else if (outcome instanceof ChargeOutcome.Pending) {
            status = "requires_action";
        } else {
            ChargeOutcome.Declined declined = (ChargeOutcome.Declined) outcome;
            status = "requires_payment_method";
            error = "{\"type\": \"card_error\", \"code\": \"card_declined\", \"decline_code\": \"" + declined.code()
                    + "\", \"message\": \"" + declined.message().replace("\"", "'") + "\"}";
        }
        return StripeApiStandIn.paymentIntent(charge.id(), status, amount, currency, request.payment(), latestCharge,
                error).replace("\"customer\": \"cus_T1\"", "\"customer\": \"" + request.customerId() + "\"");
    }

    private String customerJson(String id) {
        GatewayCustomer customer = gateway.customer(id).orElseThrow();
        return StripeApiStandIn.customer(id, customer.member().toString())
                .replace("ana@example.org", customer.email().value()).replace("Ana Lopez", customer.name());
    }

    private static String methodJson(SavedMethod method, @Nullable String customer) {
        return "{\"id\": \"" + method.id() + "\", \"object\": \"payment_method\", \"type\": \"" + method.type()
                + "\", \"card\": {\"brand\": \"" + method.brand() + "\", \"last4\": \"" + method.last4()
                + "\", \"exp_month\": " + method.expiryMonth() + ", \"exp_year\": " + method.expiryYear()
                + "}, \"customer\": " + (customer == null ? "null" : "\"" + customer + "\"") + ", \"created\": 1768496400,"
                + " \"livemode\": false, \"metadata\": {}}";
    }

    private static String list(String url, List<String> items) {
        return "{\"object\": \"list\", \"url\": \"" + url + "\", \"has_more\": false, \"data\": ["
                + String.join(", ", items) + "]}";
    }

    private static GatewayCustomer customer(Map<String, String> form) {
        return new GatewayCustomer(new MemberId(UUID.fromString(form.get("metadata[namc_member]"))),
                EmailAddress.of(form.get("email")), form.get("name"));
    }

    private static ChargeRequest chargeRequest(Map<String, String> form) {
        return new ChargeRequest(form.get("customer"), form.get("payment_method"),
                money(form.get("amount"), form.get("currency")), form.get("description"),
                form.get("metadata[namc_reference]"), form.get("metadata[namc_payment]"),
                "true".equals(form.get("off_session")));
    }

    private static Money money(String minor, String currency) {
        return StripeAmounts.money(Long.parseLong(minor), currency);
    }

    private static Map<String, String> decode(@Nullable String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return new HashMap<>();
        }
        return java.util.Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "", (a, b) -> b));
    }

    private static ResponseDefinitionBuilder error(NamcException refused) {
        if (refused.code() == ErrorCode.NOT_FOUND) {
            return notFound(refused.getMessage());
        }
        String type = refused.code() == ErrorCode.CONFLICT ? "idempotency_error" : "invalid_request_error";
        return json(400, "{\"error\": {\"type\": \"" + type + "\", \"message\": \""
                + refused.getMessage().replace("\"", "'") + "\"}}");
    }

    private static ResponseDefinitionBuilder notFound(String what) {
        return json(404, "{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"resource_missing\","
                + " \"message\": \"No such object: " + what.replace("\"", "'") + "\"}}");
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return json(200, body);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return StripeApiStandIn.json(status, body);
    }
}
