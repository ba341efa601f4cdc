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
 * One attempt to collect an invoice through the payment gateway. It is recorded PROCESSING
 * before the gateway is asked (in its own unit of work, so the remote call holds no lock), then
 * becomes SUCCEEDED or FAILED, or PENDING while the gateway waits for the customer. A succeeded
 * payment may be refunded in parts, never beyond what it captured in total; a refund is first
 * recorded as pending, which holds its amount back, and then settled or dropped.
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
    private final @Nullable PendingRefund pendingRefund;
    private final GatewayDetails gateway;
    private final Instant createdAt;
    private final @Nullable Instant processedAt;
    private final Instant updatedAt;
    private final long version;

    private Payment(PaymentId id, MemberId member, InvoiceId invoice, @Nullable SubscriptionId subscription,
                    PaymentKind kind, Money amount, String description, int attempt, PaymentStatus status,
                    @Nullable String gatewayPaymentId, @Nullable String failureCode, @Nullable String failureMessage,
                    List<Refund> refunds, @Nullable PendingRefund pendingRefund, GatewayDetails gateway,
                    Instant createdAt, @Nullable Instant processedAt, Instant updatedAt, long version) {
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
        this.pendingRefund = pendingRefund;
        this.gateway = Objects.requireNonNull(gateway, "gateway");
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
        if (pendingRefund != null && status != PaymentStatus.SUCCEEDED) {
            throw new IllegalArgumentException("only a succeeded payment is refunded");
        }
        if (refunded().plus(pendingRefunded()).isGreaterThan(amount)) {
            throw new IllegalArgumentException("refunds never exceed what was captured");
        }
    }

    /** A new attempt (the {@code attempt}-th at this invoice), recorded PROCESSING before the gateway is asked. */
    public static Payment initiate(PaymentId id, Invoice invoice, @Nullable SubscriptionId subscription,
                                   int attempt, Instant now) {
        return initiate(id, invoice, subscription, attempt, null, now);
    }

    /** As {@link #initiate(PaymentId, Invoice, SubscriptionId, int, Instant)}, charging {@code customerId}. */
    public static Payment initiate(PaymentId id, Invoice invoice, @Nullable SubscriptionId subscription,
                                   int attempt, @Nullable String customerId, Instant now) {
        return new Payment(id, invoice.member(), invoice.id(), subscription, invoice.purpose().paymentKind(),
                invoice.total(), "Invoice " + invoice.issuedNumber(), attempt, PaymentStatus.PROCESSING, null, null,
                null, List.of(), null, GatewayDetails.ofCustomer(customerId), now, null, now, 0);
    }

    /** Rebuilds a stored payment; for adapters only. */
    public static Payment restore(PaymentId id, MemberId member, InvoiceId invoice,
                                  @Nullable SubscriptionId subscription, PaymentKind kind, Money amount,
                                  String description, int attempt, PaymentStatus status,
                                  @Nullable String gatewayPaymentId, @Nullable String failureCode,
                                  @Nullable String failureMessage, List<Refund> refunds,
                                  @Nullable PendingRefund pendingRefund, GatewayDetails gateway, Instant createdAt,
                                  @Nullable Instant processedAt, Instant updatedAt, long version) {
        return new Payment(id, member, invoice, subscription, kind, amount, description, attempt, status,
                gatewayPaymentId, failureCode, failureMessage, refunds, pendingRefund, gateway, createdAt, processedAt,
                updatedAt, version);
    }

    /**
     * The key of this attempt's charge: derived from the invoice and the attempt, so a re-sent
     * or reconciled charge is the same charge at the gateway.
     */
    public IdempotencyKey chargeKey() {
        return IdempotencyKey.of("charge", invoice, attempt);
    }

    /** The gateway took the payment but confirms it later (e.g. after 3-D Secure). */
    public Payment awaitingConfirmation(String gatewayId, Instant now) {
        requireOpen();
        return with(PaymentStatus.PENDING, gatewayId, null, null, refunds, gateway, null, now);
    }

    public Payment succeeded(String gatewayId, Instant now) {
        requireOpen();
        return with(PaymentStatus.SUCCEEDED, gatewayId, null, null, refunds, gateway, now, now);
    }

    /** Succeeded as the gateway's captured answer says, with its charge and receipt. */
    public Payment succeeded(ChargeOutcome.Captured captured, Instant now) {
        requireOpen();
        return with(PaymentStatus.SUCCEEDED, captured.gatewayPaymentId(), null, null, refunds,
                gateway.capturedAs(captured), now, now);
    }

    public Payment failed(@Nullable String gatewayId, String code, String message, Instant now) {
        requireOpen();
        return with(PaymentStatus.FAILED, gatewayId, code, message, refunds, gateway, now, now);
    }

    /** The gateway never received the charge (found out by reconciling): failed, with no gateway id. */
    public Payment neverSent(String code, String message, Instant now) {
        if (status != PaymentStatus.PROCESSING) {
            throw NamcException.refused(BillingRefusal.PAYMENT_NOT_PROCESSING, "only a processing payment can be unsent, this one is " + status);
        }
        return with(PaymentStatus.FAILED, null, code, message, refunds, gateway, now, now);
    }

    /** The payment is being made through the gateway's hosted checkout session {@code sessionId}. */
    public Payment inCheckoutSession(String sessionId, Instant now) {
        requireOpen();
        return with(status, gatewayPaymentId, failureCode, failureMessage, refunds,
                gateway.withCheckoutSession(sessionId), processedAt, now);
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
        if (pendingRefund != null) {
            throw NamcException.refused(BillingRefusal.REFUND_IN_PROGRESS, "a refund of this payment is being processed; try again when it is done");
        }
        if (requested.isGreaterThan(refundable())) {
            throw NamcException.invalid("amount", ViolationRule.RANGE, "at most " + refundable() + " can still be refunded");
        }
    }

    /** Records a refund before the gateway is asked; its amount is held back until it settles. */
    public Payment refundRequested(PendingRefund refund, Instant now) {
        checkRefundable(refund.amount());
        return new Payment(id, member, invoice, subscription, kind, amount, description, attempt, status,
                gatewayPaymentId, failureCode, failureMessage, refunds, refund, gateway, createdAt, processedAt, now,
                version);
    }

    /** The pending refund went through as {@code refund} (same id). */
    public Payment refunded(Refund refund, Instant now) {
        if (pendingRefund == null || !pendingRefund.id().equals(refund.id())
                || !pendingRefund.amount().equals(refund.amount())) {
            throw NamcException.refused(BillingRefusal.REFUND_NOT_PENDING, "refund " + refund.id() + " is not the one being processed");
        }
        List<Refund> all = new ArrayList<>(refunds);
        all.add(refund);
        return new Payment(id, member, invoice, subscription, kind, amount, description, attempt, status,
                gatewayPaymentId, failureCode, failureMessage, all, null, gateway, createdAt, processedAt, now,
                version);
    }

    /** The gateway refused the pending refund: its amount is refundable again. */
    public Payment refundRejected(Instant now) {
        if (pendingRefund == null) {
            throw NamcException.refused(BillingRefusal.REFUND_NOT_PENDING, "no refund of this payment is being processed");
        }
        return new Payment(id, member, invoice, subscription, kind, amount, description, attempt, status,
                gatewayPaymentId, failureCode, failureMessage, refunds, null, gateway, createdAt, processedAt, now,
                version);
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw NamcException.refused(BillingRefusal.PAYMENT_ALREADY_SETTLED, "the payment is already " + status);
        }
    }

    private Payment with(PaymentStatus newStatus, @Nullable String gatewayId, @Nullable String code,
                         @Nullable String message, List<Refund> newRefunds, GatewayDetails details,
                         @Nullable Instant processed, Instant now) {
        return new Payment(id, member, invoice, subscription, kind, amount, description, attempt, newStatus,
                gatewayId, code, message, newRefunds, pendingRefund, details, createdAt, processed, now, version);
    }

    public Payment atVersion(long storedVersion) {
        return new Payment(id, member, invoice, subscription, kind, amount, description, attempt, status,
                gatewayPaymentId, failureCode, failureMessage, refunds, pendingRefund, gateway, createdAt,
                processedAt, updatedAt, storedVersion);
    }

    public Money refunded() {
        return refunds.stream().map(Refund::amount).reduce(Money.zero(amount.currency()), Money::plus);
    }

    private Money pendingRefunded() {
        return pendingRefund == null ? Money.zero(amount.currency()) : pendingRefund.amount();
    }

    /** What can still be refunded: the capture less what was refunded and what is being refunded. */
    public Money refundable() {
        return status == PaymentStatus.SUCCEEDED ? amount.minus(refunded()).minus(pendingRefunded())
                : Money.zero(amount.currency());
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

    /** A refund recorded but not yet answered by the gateway. */
    public @Nullable PendingRefund pendingRefund() {
        return pendingRefund;
    }

    public GatewayDetails gateway() {
        return gateway;
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
