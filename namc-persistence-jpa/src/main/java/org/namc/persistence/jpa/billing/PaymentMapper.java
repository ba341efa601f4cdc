package org.namc.persistence.jpa.billing;

import static org.namc.persistence.jpa.billing.MoneyColumns.amount;
import static org.namc.persistence.jpa.billing.MoneyColumns.fromText;
import static org.namc.persistence.jpa.billing.MoneyColumns.money;
import static org.namc.persistence.jpa.billing.MoneyColumns.text;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.CreditNoteId;
import org.namc.billing.domain.GatewayDetails;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.Payment;
import org.namc.billing.domain.PaymentId;
import org.namc.billing.domain.PaymentStatus;
import org.namc.billing.domain.PendingRefund;
import org.namc.billing.domain.Refund;
import org.namc.billing.domain.RefundId;
import org.namc.billing.domain.SubscriptionId;
import org.namc.shared.domain.MemberId;

/** Copies between the core's {@link Payment} and its {@code payments} row. */
final class PaymentMapper {
    private PaymentMapper() {
    }

    static PaymentJpaEntity newEntity(Payment payment) {
        PaymentJpaEntity entity = new PaymentJpaEntity(payment.id().value(), payment.member().value(),
                payment.invoice().value(), payment.createdAt());
        entity.subscriptionId = payment.subscription() == null ? null : payment.subscription().value();
        entity.kind = payment.kind();
        entity.amount = amount(payment.amount());
        entity.currency = payment.amount().currency().getCurrencyCode();
        entity.description = payment.description();
        entity.attempt = payment.attempt();
        return entity;
    }

    /** What the gateway's answers and refunds change. */
    static void copyInto(Payment payment, PaymentJpaEntity entity) {
        entity.status = payment.status();
        entity.gatewayPaymentId = payment.gatewayPaymentId();
        entity.failureCode = payment.failureCode();
        entity.failureMessage = payment.failureMessage();
        GatewayDetails gateway = payment.gateway();
        entity.gatewayCustomerId = gateway.customerId();
        entity.checkoutSessionId = gateway.checkoutSessionId();
        entity.chargeId = gateway.chargeId();
        entity.receiptUrl = gateway.receiptUrl();
        PendingRefund pending = payment.pendingRefund();
        entity.pendingRefund = pending == null ? null : new PendingRefundJson(pending.id().value(),
                text(pending.amount()), pending.reason(), pending.takesBack(), pending.requestedAt().toString());
        entity.processedAt = payment.processedAt();
        entity.failedAt = payment.status() == PaymentStatus.FAILED ? payment.processedAt() : null;
        List<Refund> refunds = payment.refunds();
        entity.refunds = refunds.stream().map(PaymentMapper::toJson).toList();
        entity.refundedAt = refunds.isEmpty() ? null : refunds.get(refunds.size() - 1).refundedAt();
        entity.updatedAt = payment.updatedAt();
    }

    static Payment toDomain(PaymentJpaEntity entity) {
        String currency = entity.currency;
        List<Refund> refunds = entity.refunds.stream().map(refund -> toDomain(refund, currency)).toList();
        return Payment.restore(new PaymentId(entity.id), new MemberId(entity.userId), new InvoiceId(entity.invoiceId),
                entity.subscriptionId == null ? null : new SubscriptionId(entity.subscriptionId), entity.kind,
                money(entity.amount, currency), entity.description, entity.attempt, entity.status,
                entity.gatewayPaymentId, entity.failureCode, entity.failureMessage, refunds,
                pendingRefund(entity.pendingRefund, currency), new GatewayDetails(entity.gatewayCustomerId,
                        entity.checkoutSessionId, entity.chargeId, entity.receiptUrl),
                entity.createdAt, entity.processedAt, entity.updatedAt, entity.version);
    }

    private static @Nullable PendingRefund pendingRefund(@Nullable PendingRefundJson json, String currency) {
        return json == null ? null : new PendingRefund(new RefundId(json.id()), fromText(json.amount(), currency),
                json.reason(), json.takesBack(), Instant.parse(json.requestedAt()));
    }

    private static RefundJson toJson(Refund refund) {
        return new RefundJson(refund.id().value(), text(refund.amount()), refund.reason(), refund.gatewayRefundId(),
                refund.creditNote().value(), refund.refundedAt().toString());
    }

    private static Refund toDomain(RefundJson json, String currency) {
        return new Refund(new RefundId(json.id()), fromText(json.amount(), currency), json.reason(),
                json.gatewayRefundId(), new CreditNoteId(json.creditNoteId()), Instant.parse(json.refundedAt()));
    }
}
