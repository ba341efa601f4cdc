package org.namc.testing.inmemory;

import org.namc.billing.domain.BillingRefusal;
import org.namc.shared.domain.CommonRefusal;
import java.time.Instant;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.namc.billing.ConfirmPayment;
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
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/**
 * A payment gateway in memory that behaves like Stripe's test mode: Stripe's test payment
 * methods decline, need confirmation or succeed as they do there; confirmations arrive later,
 * when the test calls {@link #settlePending()}; a repeated idempotency key returns the first
 * answer (and a different request under a used key is refused); refunds never exceed what a
 * payment captured. Saving a method ({@link #completeSetup}) and paying or lapsing a hosted
 * checkout ({@link #completeCheckout}, {@link #expireCheckout}) are what the customer does in
 * the browser. Like the real one it is not transactional: what it did stays done when the
 * portal's unit of work rolls back.
 */
public final class InMemoryPaymentGateway implements PaymentGateway {
    public static final String VISA = "pm_card_visa";
    public static final String MASTERCARD = "pm_card_mastercard";
    public static final String DECLINED = "pm_card_chargeDeclined";
    public static final String INSUFFICIENT_FUNDS = "pm_card_chargeDeclinedInsufficientFunds";
    public static final String EXPIRED_CARD = "pm_card_chargeDeclinedExpiredCard";
    /** Needs 3-D Secure: pending, then succeeds when settled. */
    public static final String THREE_D_SECURE = "pm_card_threeDSecure2Required";
    /** Needs 3-D Secure and the customer fails it: pending, then fails when settled. */
    public static final String THREE_D_SECURE_FAILS = "pm_card_threeDSecure2Required_fails";

    /** Where the next charge or refund is cut off, as a crash or a reset connection would. */
    public enum Interruption {
        /** The call never reaches the gateway. */
        BEFORE_SENDING,
        /** The gateway does it, but its answer never arrives. */
        AFTER_DOING
    }

    /** What a test payment method does when charged. */
    private record Card(Fate fate, String code, String message) {
    }

    private enum Fate { CAPTURE, DECLINE, CONFIRM_THEN_SUCCEED, CONFIRM_THEN_FAIL }

    /** A payment as the gateway holds it. */
    public record Charge(String id, ChargeRequest request, String status, Money refunded) {
        public Money refundable() {
            return status.equals("succeeded") ? request.amount().minus(refunded) : Money.zero(refunded.currency());
        }
    }

    /** A hosted checkout session as the gateway holds it: {@code open}, {@code complete} or {@code expired}. */
    public record Checkout(CheckoutSession session, CheckoutRequest request, String status,
                           @Nullable String gatewayPaymentId) {
    }

    private record Remembered(Object request, Object answer) {
    }

    private final Map<String, Card> cards = new HashMap<>();
    private final Map<String, Remembered> byKey = new HashMap<>();
    private final Map<String, GatewayCustomer> customers = new HashMap<>();
    private final Map<String, Charge> charges = new HashMap<>();
    private final Map<String, Card> pending = new HashMap<>();
    private final Map<String, String> chargeByPayment = new HashMap<>();
    private final Map<String, String> setups = new HashMap<>();
    private final Map<String, Map<String, SavedMethod>> savedMethods = new HashMap<>();
    private final Map<String, Checkout> checkouts = new HashMap<>();
    private long serial;
    private @Nullable Interruption interruption;

    public InMemoryPaymentGateway() {
        cards.put(VISA, new Card(Fate.CAPTURE, "", ""));
        cards.put(MASTERCARD, new Card(Fate.CAPTURE, "", ""));
        cards.put(DECLINED, new Card(Fate.DECLINE, "card_declined", "Your card was declined."));
        cards.put(INSUFFICIENT_FUNDS, new Card(Fate.DECLINE, "insufficient_funds", "Your card has insufficient funds."));
        cards.put(EXPIRED_CARD, new Card(Fate.DECLINE, "expired_card", "Your card has expired."));
        cards.put(THREE_D_SECURE, new Card(Fate.CONFIRM_THEN_SUCCEED, "", ""));
        cards.put(THREE_D_SECURE_FAILS, new Card(Fate.CONFIRM_THEN_FAIL, "payment_intent_authentication_failure",
                "The customer failed to authenticate the payment."));
    }

    /** Makes {@code paymentMethod} decline with {@code code}. */
    public synchronized void declines(String paymentMethod, String code, String message) {
        cards.put(paymentMethod, new Card(Fate.DECLINE, code, message));
    }

    /** Makes {@code paymentMethod} succeed. */
    public synchronized void accepts(String paymentMethod) {
        cards.put(paymentMethod, new Card(Fate.CAPTURE, "", ""));
    }

    @Override
    public synchronized String createCustomer(GatewayCustomer customer, IdempotencyKey key) {
        return remembered(key, customer, () -> {
            String id = next("cus");
            customers.put(id, customer);
            return id;
        });
    }

    @Override
    public synchronized void updateCustomer(String customerId, GatewayCustomer customer, IdempotencyKey key) {
        record Update(String customerId, GatewayCustomer customer) {
        }
        remembered(key, new Update(customerId, customer), () -> {
            requireCustomer(customerId);
            customers.put(customerId, customer);
            return customerId;
        });
    }

    /** Cuts off the next charge or refund at {@code where}. */
    public synchronized void interruptNextCall(Interruption where) {
        interruption = where;
    }

    @Override
    public synchronized ChargeOutcome charge(ChargeRequest request, IdempotencyKey key) {
        return interruptible(() -> chargeOnce(request, key));
    }

    private ChargeOutcome chargeOnce(ChargeRequest request, IdempotencyKey key) {
        return remembered(key, request, () -> {
            requireCustomer(request.customerId());
            String id = next("pi");
            chargeByPayment.put(request.payment(), id);
            Card card = cards.getOrDefault(request.paymentMethod(),
                    new Card(Fate.DECLINE, "resource_missing", "No such payment method."));
            switch (card.fate()) {
                case CAPTURE -> {
                    charges.put(id, new Charge(id, request, "succeeded", zero(request)));
                    return captured(id);
                }
                case DECLINE -> {
                    charges.put(id, new Charge(id, request, "failed", zero(request)));
                    return new ChargeOutcome.Declined(id, card.code(), card.message());
                }
                default -> {
                    charges.put(id, new Charge(id, request, "requires_action", zero(request)));
                    pending.put(id, card);
                    return new ChargeOutcome.Pending(id, action(id));
                }
            }
        });
    }

    /**
     * The customers finish (or fail) what pending payments waited for: each becomes succeeded or
     * failed, and its confirmation is returned for the test to hand to the portal, as a webhook
     * handler would.
     */
    public synchronized List<ConfirmPayment> settlePending() {
        List<ConfirmPayment> confirmations = new ArrayList<>();
        for (Map.Entry<String, Card> waiting : pending.entrySet()) {
            String id = waiting.getKey();
            Charge charge = charges.get(id);
            boolean succeeds = waiting.getValue().fate() == Fate.CONFIRM_THEN_SUCCEED;
            charges.put(id, new Charge(id, charge.request(), succeeds ? "succeeded" : "failed", charge.refunded()));
            confirmations.add(succeeds ? ConfirmPayment.succeeded(id)
                    : ConfirmPayment.failed(id, waiting.getValue().code(), waiting.getValue().message()));
        }
        pending.clear();
        confirmations.sort(Comparator.comparing(ConfirmPayment::gatewayPaymentId));
        return confirmations;
    }

    @Override
    public synchronized Optional<ChargeOutcome> chargeState(ChargeLookup lookup) {
        String id = lookup.gatewayPaymentId() != null ? lookup.gatewayPaymentId()
                : chargeByPayment.get(lookup.payment());
        Charge charge = id == null ? null : charges.get(id);
        if (charge == null) {
            return Optional.empty();
        }
        return Optional.of(switch (charge.status()) {
            case "succeeded" -> captured(id);
            case "failed" -> {
                Card card = cards.getOrDefault(charge.request().paymentMethod(),
                        new Card(Fate.DECLINE, "resource_missing", "No such payment method."));
                yield new ChargeOutcome.Declined(id, card.code().isEmpty() ? "card_declined" : card.code(),
                        card.message().isEmpty() ? "The payment failed." : card.message());
            }
            default -> new ChargeOutcome.Pending(id, action(id));
        });
    }

    @Override
    public synchronized SetupSession startSetup(String customerId, IdempotencyKey key) {
        record Setup(String customerId) {
        }
        return remembered(key, new Setup(customerId), () -> {
            requireCustomer(customerId);
            String id = next("seti");
            setups.put(id, customerId);
            return new SetupSession(id, new CustomerAction(id + "_secret_test", "use_stripe_sdk", null));
        });
    }

    /**
     * The customer finishes saving {@code paymentMethod} (a test method such as {@link #VISA}) in
     * the setup session {@code setupId}, as Stripe.js would; returns the saved method.
     */
    public synchronized SavedMethod completeSetup(String setupId, String paymentMethod) {
        String customer = setups.remove(setupId);
        if (customer == null) {
            throw NamcException.notFound("setup session", setupId);
        }
        SavedMethod method = new SavedMethod(paymentMethod, "card", "visa", "4242", 12, 2034);
        savedMethods.computeIfAbsent(customer, c -> new LinkedHashMap<>()).put(paymentMethod, method);
        return method;
    }

    @Override
    public synchronized List<SavedMethod> savedMethods(String customerId) {
        requireCustomer(customerId);
        return List.copyOf(savedMethods.getOrDefault(customerId, Map.of()).values());
    }

    @Override
    public synchronized void removeMethod(String customerId, String methodId) {
        requireCustomer(customerId);
        Map<String, SavedMethod> theirs = savedMethods.getOrDefault(customerId, new HashMap<>());
        if (theirs.remove(methodId) == null) {
            throw NamcException.notFound("payment method", methodId);
        }
    }

    @Override
    public synchronized CheckoutSession openCheckout(CheckoutRequest request, IdempotencyKey key) {
        return remembered(key, request, () -> {
            requireCustomer(request.customerId());
            String id = next("cs");
            CheckoutSession session = new CheckoutSession(id, URI.create("https://checkout.example.test/" + id),
                    request.expiresAt());
            checkouts.put(id, new Checkout(session, request, "open", null));
            return session;
        });
    }

    /** The customer pays in the checkout session: a captured charge, whose id is returned. */
    public synchronized String completeCheckout(String sessionId) {
        Checkout checkout = openCheckoutSession(sessionId);
        String id = next("pi");
        CheckoutRequest request = checkout.request();
        charges.put(id, new Charge(id, new ChargeRequest(request.customerId(), VISA, request.amount(),
                request.description(), request.reference(), request.payment(), false), "succeeded",
                Money.zero(request.amount().currency())));
        chargeByPayment.put(request.payment(), id);
        checkouts.put(sessionId, new Checkout(checkout.session(), request, "complete", id));
        return id;
    }

    /** The checkout session lapses unpaid. */
    public synchronized void expireCheckout(String sessionId) {
        Checkout checkout = openCheckoutSession(sessionId);
        checkouts.put(sessionId, new Checkout(checkout.session(), checkout.request(), "expired", null));
    }

    public synchronized Optional<Checkout> checkout(String sessionId) {
        return Optional.ofNullable(checkouts.get(sessionId));
    }

    private Checkout openCheckoutSession(String sessionId) {
        Checkout checkout = checkouts.get(sessionId);
        if (checkout == null || !checkout.status().equals("open")) {
            throw NamcException.refused(BillingRefusal.CHECKOUT_SESSION_CLOSED, "checkout session " + sessionId + " is not open");
        }
        return checkout;
    }

    @Override
    public synchronized GatewayRefund refund(RefundRequest request, IdempotencyKey key) {
        return interruptible(() -> refundOnce(request, key));
    }

    private GatewayRefund refundOnce(RefundRequest request, IdempotencyKey key) {
        return remembered(key, request, () -> {
            Charge charge = charges.get(request.gatewayPaymentId());
            if (charge == null) {
                return new GatewayRefund.Rejected("resource_missing", "No such payment.");
            }
            if (!charge.status().equals("succeeded")) {
                return new GatewayRefund.Rejected("charge_not_captured", "The payment was not captured.");
            }
            if (request.amount().isGreaterThan(charge.refundable())) {
                return new GatewayRefund.Rejected("amount_too_large",
                        "The refund exceeds what is left to refund (" + charge.refundable() + ").");
            }
            charges.put(charge.id(), new Charge(charge.id(), charge.request(), charge.status(),
                    charge.refunded().plus(request.amount())));
            return new GatewayRefund.Refunded(next("re"));
        });
    }

    public synchronized Optional<Charge> charge(String gatewayPaymentId) {
        return Optional.ofNullable(charges.get(gatewayPaymentId));
    }

    /** Every charge made, answered declines included. */
    public synchronized List<Charge> charges() {
        return charges.values().stream().sorted(Comparator.comparing(Charge::id)).toList();
    }

    /** The customer record under the gateway's id. */
    public synchronized Optional<GatewayCustomer> customer(String customerId) {
        return Optional.ofNullable(customers.get(customerId));
    }

    /** The customer a saved payment method belongs to. */
    public synchronized Optional<String> customerOfMethod(String methodId) {
        return savedMethods.entrySet().stream().filter(e -> e.getValue().containsKey(methodId))
                .map(Map.Entry::getKey).findFirst();
    }

    public synchronized int customerCount() {
        return customers.size();
    }

    /** The gateway's id for the member's customer record. */
    public synchronized String customerIdOf(MemberId member) {
        return customers.entrySet().stream().filter(e -> e.getValue().member().equals(member))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> NamcException.notFound("gateway customer of member", member));
    }

    private <T> T interruptible(Supplier<T> call) {
        Interruption where = interruption;
        interruption = null;
        if (where == Interruption.BEFORE_SENDING) {
            throw new UncheckedIOException(new SocketException("Connection reset"));
        }
        T answer = call.get();
        if (where == Interruption.AFTER_DOING) {
            throw new UncheckedIOException(new SocketException("Connection reset"));
        }
        return answer;
    }

    private void requireCustomer(String customerId) {
        if (!customers.containsKey(customerId)) {
            throw NamcException.notFound("gateway customer", customerId);
        }
    }

    private static ChargeOutcome.Captured captured(String id) {
        return new ChargeOutcome.Captured(id, "ch" + id.substring(2), "https://pay.example.test/receipts/" + id);
    }

    private static CustomerAction action(String id) {
        return new CustomerAction(id + "_secret_test", "use_stripe_sdk", null);
    }

    @SuppressWarnings("unchecked")
    private <T> T remembered(IdempotencyKey key, Object request, Supplier<T> action) {
        Remembered earlier = byKey.get(key.value());
        if (earlier != null) {
            if (!earlier.request().equals(request)) {
                throw NamcException.refused(CommonRefusal.DUPLICATE, "idempotency key " + key + " was used for a different request");
            }
            return (T) earlier.answer();
        }
        T answer = action.get();
        byKey.put(key.value(), new Remembered(request, answer));
        return answer;
    }

    private String next(String prefix) {
        return String.format("%s_test_%06d", prefix, ++serial);
    }

    private static Money zero(ChargeRequest request) {
        return Money.zero(request.amount().currency());
    }
}
