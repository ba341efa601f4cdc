package org.namc.billing.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/**
 * One attempt to collect an invoice through the payment gateway: PENDING until the gateway
 * answers (at once, or later by confirmation), then SUCCEEDED or FAILED. A succeeded payment
 * may be refunded in parts, never beyond what it captured in total.
 */
public final class Payment {
    private final PaymentId id;
    private final MemberId member;
    private final InvoiceId invoice;
    private final @Nullable SubscriptionId subscription;
    private final PaymentKind kind;
    private final Money amount;
    private final String description;
    private final int attempt;
    private final PaymentStatus status;
    private final @Nullable String gatewayPaymentId;
    private final @Nullable String failureCode;
    private final @Nullable String failureMessage;
    private final List<Refund> refunds;
    private final Instant createdAt;
    private final @Nullable Instant processedAt;
    private final Instant updatedAt;
    private final long version;

    private Payment(PaymentId id, MemberId member, InvoiceId invoice, @Nullable SubscriptionId subscription,
                    PaymentKind kind, Money amount, String description, int attempt, PaymentStatus status,
                    @Nullable String gatewayPaymentId, @Nullable String failureCode, @Nullable String failureMessage,
                    List<Refund> refunds, Instant createdAt, @Nullable Instant processedAt, Instant updatedAt,
                    long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.member = Objects.requireNonNull(member, "member");
        this.invoice = Objects.requireNonNull(invoice, "invoice");
        this.subscription = subscription;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.description = Objects.requireNonNull(description, "description");
        this.attempt = attempt;
        this.status = Objects.requireNonNull(status, "status");
        this.gatewayPaymentId = gatewayPaymentId;
        this.failureCode = failureCode;
        this.failureMessage = failureMessage;
        this.refunds = List.copyOf(refunds);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.processedAt = processedAt;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payment collects more than nothing");
        }
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts are counted from 1");
        }
        if (refunded().isGreaterThan(amount)) {
            throw new IllegalArgumentException("refunds never exceed what was captured");
        }
    }

    /** A new attempt (the {@code attempt}-th at this invoice), before the gateway is asked. */
    public static Payment initiate(PaymentId id, Invoice invoice, @Nullable SubscriptionId subscription,
                                   int attempt, Instant now) {
        return new Payment(id, invoice.member(), invoice.id(), subscription, invoice.purpose().paymentKind(),
                invoice.total(), "Invoice " + invoice.issuedNumber(), attempt, PaymentStatus.PENDING, null, null,
                null, List.of(), now, null, now, 0);
    }

    /** Rebuilds a stored payment; for adapters only. */
    public static Payment restore(PaymentId id, MemberId member, InvoiceId invoice,
                                  @Nullable SubscriptionId subscription, PaymentKind kind, Money amount,
                                  String description, int attempt, PaymentStatus status,
                                  @Nullable String gatewayPaymentId, @Nullable String failureCode,
                                  @Nullable String failureMessage, List<Refund> refunds, Instant createdAt,
                                  @Nullable Instant processedAt, Instant updatedAt, long version) {
        return new Payment(id, member, invoice, subscription, kind, amount, description, attempt, status,
                gatewayPaymentId, failureCode, failureMessage, refunds, createdAt, processedAt, updatedAt, version);
    }

    /** The gateway took the payment but confirms it later (e.g. after 3-D Secure). */
    public Payment awaitingConfirmation(String gatewayId, Instant now) {
        requirePending();
        return with(PaymentStatus.PENDING, gatewayId, null, null, refunds, null, now);
    }

    public Payment succeeded(String gatewayId, Instant now) {
        requirePending();
        return with(PaymentStatus.SUCCEEDED, gatewayId, null, null, refunds, now, now);
    }

    public Payment failed(String gatewayId, String code, String message, Instant now) {
        requirePending();
        return with(PaymentStatus.FAILED, gatewayId, code, message, refunds, now, now);
    }

    /**
     * @throws NamcException {@code ILLEGAL_STATE} unless succeeded; {@code VALIDATION_FAILED} on
     *                       {@code amount} when it is more than can still be refunded
     */
    public void checkRefundable(Money requested) {
        if (status != PaymentStatus.SUCCEEDED) {
            throw NamcException.refused(BillingRefusal.PAYMENT_NOT_REFUNDABLE, "only a succeeded payment can be refunded, this one is " + status);
        }
        if (!requested.isPositive()) {
            throw NamcException.invalid("amount", ViolationRule.RANGE, "must be more than zero");
        }
        if (requested.isGreaterThan(refundable())) {
            throw NamcException.invalid("amount", ViolationRule.RANGE, "at most " + refundable() + " can still be refunded");
        }
    }

    public Payment refunded(Refund refund, Instant now) {
        checkRefundable(refund.amount());
        List<Refund> all = new ArrayList<>(refunds);
        all.add(refund);
        return with(status, gatewayPaymentId, failureCode, failureMessage, all, processedAt, now);
    }

    private void requirePending() {
        if (status != PaymentStatus.PENDING) {
            throw NamcException.refused(BillingRefusal.PAYMENT_ALREADY_SETTLED, "the payment is already " + status);
        }
    }

    private Payment with(PaymentStatus newStatus, @Nullable String gatewayId, @Nullable String code,
                         @Nullable String message, List<Refund> newRefunds, @Nullable Instant processed,
                         Instant now) {
        return new Payment(id, member, invoice, subscription, kind, amount, description, attempt, newStatus,
                gatewayId, code, message, newRefunds, createdAt, processed, now, version);
    }

    public Payment atVersion(long storedVersion) {
        return new Payment(id, member, invoice, subscription, kind, amount, description, attempt, status,
                gatewayPaymentId, failureCode, failureMessage, refunds, createdAt, processedAt, updatedAt,
                storedVersion);
    }

    public Money refunded() {
        return refunds.stream().map(Refund::amount).reduce(Money.zero(amount.currency()), Money::plus);
    }

    public Money refundable() {
        return status == PaymentStatus.SUCCEEDED ? amount.minus(refunded()) : Money.zero(amount.currency());
    }

    public boolean isFullyRefunded() {
        return status == PaymentStatus.SUCCEEDED && refunded().equals(amount);
    }

    public PaymentId id() {
        return id;
    }

    public MemberId member() {
        return member;
    }

    public InvoiceId invoice() {
        return invoice;
    }

    public @Nullable SubscriptionId subscription() {
        return subscription;
    }

    public PaymentKind kind() {
        return kind;
    }

    public Money amount() {
        return amount;
    }

    public String description() {
        return description;
    }

    public int attempt() {
        return attempt;
    }

    public PaymentStatus status() {
        return status;
    }

    public @Nullable String gatewayPaymentId() {
        return gatewayPaymentId;
    }

    public @Nullable String failureCode() {
        return failureCode;
    }

    public @Nullable String failureMessage() {
        return failureMessage;
    }

    public List<Refund> refunds() {
        return refunds;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When it succeeded or failed. */
    public @Nullable Instant processedAt() {
        return processedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Payment other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Payment[" + id + ", " + amount + ", " + status + ", refunded " + refunded() + "]";
    }
}
