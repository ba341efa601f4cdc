package org.namc.billing.internal;

import org.namc.shared.domain.ViolationRule;
import org.namc.billing.RefundPayment;
import org.namc.billing.RefundResult;
import org.namc.billing.domain.Payment;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.Violations;

/**
 * Refunds by staff. A unit records the refund as pending and commits; the gateway is asked
 * outside any unit; a second unit writes the credit note and takes back what a full refund
 * undoes ({@link TakingBack}).
 */
final class RefundUseCases {
    private final BillingContext ctx;
    private final Refunding refunding;

    RefundUseCases(BillingContext ctx, Refunding refunding) {
        this.ctx = ctx;
        this.refunding = refunding;
    }

    RefundResult refund(Actor actor, RefundPayment command) {
        Violations violations = Violations.collect().required(command.payment(), "payment")
                .notBlank(command.reason(), "reason", 500)
                .check(command.amount() == null || command.amount().isPositive(), "amount", ViolationRule.RANGE,
                        "must be more than zero");
        ctx.validation().validate(command, violations);
        RefundIntent intent = ctx.unitOfWork().execute(actor, "payment.refund", BillingContext.PAYMENT, scope -> {
            scope.resource(command.payment());
            Payment payment = ctx.payment(command.payment());
            ctx.requireOwned(actor, "refund", "create", payment.id(), payment.member());
            Money amount = command.amount() != null ? command.amount() : payment.refundable();
            return refunding.record(payment, amount, command.reason().strip(), true, scope);
        });
        return refunding.send(actor, intent);
    }
}
