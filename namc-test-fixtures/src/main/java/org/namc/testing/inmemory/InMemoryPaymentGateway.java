package org.namc.testing.inmemory;

import org.namc.shared.domain.CommonRefusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.namc.billing.ConfirmPayment;
import org.namc.billing.domain.ChargeOutcome;
import org.namc.billing.domain.ChargeRequest;
import org.namc.billing.domain.GatewayCustomer;
import org.namc.billing.domain.GatewayPlan;
import org.namc.billing.domain.GatewayRefund;
import org.namc.billing.domain.IdempotencyKey;
import org.namc.billing.domain.RefundRequest;
import org.namc.billing.spi.PaymentGateway;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/**
 * A payment gateway in memory that behaves like Stripe's test mode: Stripe's test payment
 * methods decline, need confirmation or succeed as they do there; confirmations arrive later,
 * when the test calls {@link #settlePending()}; a repeated idempotency key returns the first
 * answer (and a different request under a used key is refused); refunds never exceed what a
 * payment captured. Like the real one it is not transactional: what it did stays done when the
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

    /** A subscription as the gateway mirrors it. */
    public record MirroredSubscription(String id, String customerId, GatewayPlan plan, Instant anchor, String status,
                                       boolean cancelAtPeriodEnd) {
    }

    private record Remembered(Object request, Object answer) {
    }

    private final Map<String, Card> cards = new HashMap<>();
    private final Map<String, Remembered> byKey = new HashMap<>();
    private final Map<String, GatewayCustomer> customers = new HashMap<>();
    private final Map<String, Charge> charges = new HashMap<>();
    private final Map<String, Card> pending = new HashMap<>();
    private final Map<String, MirroredSubscription> subscriptions = new HashMap<>();
    private long serial;

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
    public synchronized ChargeOutcome charge(ChargeRequest request, IdempotencyKey key) {
        return remembered(key, request, () -> {
            if (!customers.containsKey(request.customerId())) {
                throw NamcException.notFound("gateway customer", request.customerId());
            }
            String id = next("pi");
            Card card = cards.getOrDefault(request.paymentMethod(),
                    new Card(Fate.DECLINE, "resource_missing", "No such payment method."));
            switch (card.fate()) {
                case CAPTURE -> {
                    charges.put(id, new Charge(id, request, "succeeded", zero(request)));
                    return new ChargeOutcome.Captured(id);
                }
                case DECLINE -> {
                    charges.put(id, new Charge(id, request, "failed", zero(request)));
                    return new ChargeOutcome.Declined(id, card.code(), card.message());
                }
                default -> {
                    charges.put(id, new Charge(id, request, "requires_action", zero(request)));
                    pending.put(id, card);
                    return new ChargeOutcome.Pending(id);
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
    public synchronized String createSubscription(String customerId, GatewayPlan plan, Instant billingAnchor,
                                                  IdempotencyKey key) {
        record Create(String customerId, GatewayPlan plan, Instant anchor) {
        }
        return remembered(key, new Create(customerId, plan, billingAnchor), () -> {
            if (!customers.containsKey(customerId)) {
                throw NamcException.notFound("gateway customer", customerId);
            }
            String id = next("sub");
            subscriptions.put(id, new MirroredSubscription(id, customerId, plan, billingAnchor, "active", false));
            return id;
        });
    }

    @Override
    public synchronized void updateSubscription(String subscriptionId, GatewayPlan plan, IdempotencyKey key) {
        record Update(String subscriptionId, GatewayPlan plan) {
        }
        remembered(key, new Update(subscriptionId, plan), () -> {
            MirroredSubscription s = mirrored(subscriptionId);
            subscriptions.put(subscriptionId, new MirroredSubscription(s.id(), s.customerId(), plan, s.anchor(),
                    s.status(), s.cancelAtPeriodEnd()));
            return subscriptionId;
        });
    }

    @Override
    public synchronized void cancelSubscription(String subscriptionId, boolean atPeriodEnd, IdempotencyKey key) {
        record Cancel(String subscriptionId, boolean atPeriodEnd) {
        }
        remembered(key, new Cancel(subscriptionId, atPeriodEnd), () -> {
            MirroredSubscription s = mirrored(subscriptionId);
            subscriptions.put(subscriptionId, new MirroredSubscription(s.id(), s.customerId(), s.plan(), s.anchor(),
                    atPeriodEnd ? s.status() : "canceled", atPeriodEnd));
            return subscriptionId;
        });
    }

    @Override
    public synchronized GatewayRefund refund(RefundRequest request, IdempotencyKey key) {
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

    public synchronized Optional<MirroredSubscription> subscription(String subscriptionId) {
        return Optional.ofNullable(subscriptions.get(subscriptionId));
    }

    public synchronized List<MirroredSubscription> subscriptions() {
        return subscriptions.values().stream().sorted(Comparator.comparing(MirroredSubscription::id)).toList();
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

    private MirroredSubscription mirrored(String id) {
        MirroredSubscription s = subscriptions.get(id);
        if (s == null) {
            throw NamcException.notFound("gateway subscription", id);
        }
        return s;
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
